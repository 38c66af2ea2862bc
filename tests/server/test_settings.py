"""Settings from PYSCAPE_* variables: every field, parsed, with errors naming the variable."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from pyscape_server.settings import Settings, SettingsError, env_name


def test_defaults_follow_the_contract():
    s = Settings.from_env({})
    assert (s.host, s.http_port, s.ws_port) == ("0.0.0.0", 5000, 8080)
    assert s.database == Path("pyscape.db")
    assert (s.rate_limit_user, s.rate_limit_user_window) == (1000, 3600)
    assert (s.rate_limit_ip, s.rate_limit_ip_window) == (100, 60)
    assert s.jwt_secret is None and s.supabase_jwt_secret is None
    assert s.max_code_bytes == 64 * 1024


def test_every_field_has_a_variable():
    env = {
        "PYSCAPE_HOST": "127.0.0.1",
        "PYSCAPE_HTTP_PORT": "5001",
        "PYSCAPE_WS_PORT": "8081",
        "PYSCAPE_DATABASE": "/data/p.db",
        "PYSCAPE_DATABASE_URL": "postgresql://pyscape:secret@db.test:5432/pyscape",
        "PYSCAPE_JWT_SECRET": "s" * 40,
        "PYSCAPE_JWT_TTL_SECONDS": "60",
        "PYSCAPE_SUPABASE_JWT_SECRET": "t" * 40,
        "PYSCAPE_RATE_LIMIT_USER": "10",
        "PYSCAPE_RATE_LIMIT_USER_WINDOW": "20",
        "PYSCAPE_RATE_LIMIT_IP": "30",
        "PYSCAPE_RATE_LIMIT_IP_WINDOW": "40",
        "PYSCAPE_TRUSTED_PROXIES": "10.0.0.0/8, 127.0.0.1",
        "PYSCAPE_JUDGE_CONCURRENCY": "3",
        "PYSCAPE_JUDGE_POOL_SIZE": "0",
        "PYSCAPE_JUDGE_RUNTIME": "runsc",
        "PYSCAPE_JUDGE_SANDBOX": "docker",
        "PYSCAPE_DOCKER_HOST": "unix:///run/docker.sock",
        "PYSCAPE_JUDGE_WARM": "python, java",
        "PYSCAPE_JUDGE_MODE": "queue",
        "PYSCAPE_REDIS_URL": "redis://127.0.0.1:63790/0",
        "PYSCAPE_JUDGE_QUEUE_DEADLINE_S": "30",
        "PYSCAPE_MAX_CODE_BYTES": "1000",
        "PYSCAPE_PROBLEMS_DIR": "/srv/problems",
        "PYSCAPE_BUILD_IMAGES": "false",
        "PYSCAPE_DB_READERS": "2",
        "PYSCAPE_CORS_ORIGINS": "http://a.test,http://b.test",
        "PYSCAPE_LOG_LEVEL": "debug",
        "PYSCAPE_WS_MAX_PER_IP": "7",
        "PYSCAPE_WS_MAX_PER_USER": "2",
        "PYSCAPE_WS_AUTH_SECONDS": "4.5",
        "PYSCAPE_WS_FRAMES_PER_SECOND": "5",
        "PYSCAPE_WS_FRAME_BURST": "9",
        "PYSCAPE_WS_AUTH_FAILURES_FREE": "1",
        "PYSCAPE_WS_AUTH_FAILURE_DELAY_S": "0.5",
        "PYSCAPE_WS_SESSION_CHECK_SECONDS": "0.25",
    }
    s = Settings.from_env(env)
    assert set(env) == {env_name(f.name) for f in msgspec.structs.fields(Settings)}
    assert s.http_port == 5001 and s.database == Path("/data/p.db")
    assert s.trusted_proxies == ("10.0.0.0/8", "127.0.0.1") and s.build_images is False
    assert (s.ws_max_per_ip, s.ws_max_per_user, s.ws_auth_seconds) == (7, 2, 4.5)
    assert s.judge_warm == ("python", "java")
    assert s.cors_origins == ("http://a.test", "http://b.test")
    assert s.problems_dir == Path("/srv/problems") and s.judge_concurrency == 3
    assert s.database_location == "postgresql://pyscape:secret@db.test:5432/pyscape"


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"PYSCAPE_HTTP_PORT": "http"}, "PYSCAPE_HTTP_PORT"),
        ({"PYSCAPE_WS_PORT": "70000"}, "PYSCAPE_WS_PORT"),
        ({"PYSCAPE_RATE_LIMIT_IP": "0"}, "PYSCAPE_RATE_LIMIT_IP"),
        ({"PYSCAPE_JUDGE_RUNTIME": "kata"}, "PYSCAPE_JUDGE_RUNTIME"),
        ({"PYSCAPE_JUDGE_MODE": "queue"}, "PYSCAPE_REDIS_URL"),
        ({"PYSCAPE_DATABASE_URL": "mysql://db.test/p"}, "PYSCAPE_DATABASE_URL"),
        ({"PYSCAPE_TRUSTED_PROXIES": "10.0.0.0/8,proxy.local"}, "PYSCAPE_TRUSTED_PROXIES"),
        ({"PYSCAPE_TRUST_PROXY": "true"}, "PYSCAPE_TRUSTED_PROXIES"),
        ({"PYSCAPE_WS_AUTH_SECONDS": "0"}, "PYSCAPE_WS_AUTH_SECONDS"),
    ],
)
def test_errors_name_the_variable(env, needle):
    with pytest.raises(SettingsError, match=needle):
        Settings.from_env(env)


def test_empty_optional_values_mean_unset():
    assert Settings.from_env({"PYSCAPE_SUPABASE_JWT_SECRET": ""}).supabase_jwt_secret is None
