"""The OCI backend under the real runtime: every limit tried from inside a sandbox, and that
closing and sweeping leave nothing (no process, cgroup, mount, runtime state or bundle)."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from pyscape_judge import Judge, cli
from pyscape_judge.images import image_tag
from pyscape_judge.limits import Limits
from pyscape_judge.paths import default_problems_dir
from pyscape_judge.sandbox import bundle, oci_cgroup
from pyscape_judge.sandbox.base import STDOUT, ExitStatus, RunSpec, Usage
from pyscape_judge.sandbox.choose import make_backend, oci_problem
from pyscape_judge.sandbox.docker import DockerBackend
from pyscape_judge.sandbox.oci import OciBackend, OciSandbox
from pyscape_judge.sandbox.oci_cgroup import hierarchies
from pyscape_judge.sandbox.rootfs import RootfsCache
from tests.conftest import missing, require_docker

pytestmark = pytest.mark.oci

PYTHON = image_tag("python")


class Ran:
    def __init__(self, out: bytes, err: bytes, status: ExitStatus, usage: Usage) -> None:
        self.out, self.err, self.status, self.usage = out, err, status, usage

    @property
    def text(self) -> str:
        return self.out.decode()


def spec(command: str, **limits: object) -> RunSpec:
    return RunSpec(
        language="python",
        image=PYTHON,
        limits=Limits().with_(**limits),
        command=("/bin/sh", "-c", command),
    )


def run(backend: OciBackend, command: str, stdin: bytes = b"", **limits: object) -> Ran:
    """Run ``command`` in a sandbox to its end; its output, exit status and usage."""
    box = backend.start(spec(command, **limits))
    try:
        box.write(stdin, timeout=10)
        box.process.stdin.close()  # type: ignore[union-attr]
        out, err = bytearray(), bytearray()
        while (chunk := box.read(timeout=60)) is not None:
            (out if chunk.stream == STDOUT else err).extend(chunk.data)
        status = box.exit_status()
        return Ran(bytes(out), bytes(err), status, box.usage())
    finally:
        box.close()


def py(source: str) -> str:
    """A shell command running Python ``source``."""
    return "exec python3 -c " + _quote(textwrap.dedent(source))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def traces(backend: OciBackend, box: OciSandbox) -> list[str]:
    """Everything of ``box`` still on the host."""
    left = []
    for root in set(hierarchies().values()):
        for path in (root / "pyscape" / box.name, root / "pyscape" / box.name / "c"):
            if path.exists():
                left.append(f"cgroup {path}")
    if (backend.root / box.name).exists() or list(backend.root.glob(f"{box.name}_*")):
        left.append("runtime state")
    if (backend.bundles / box.name).exists():
        left.append("bundle")
    if f"/{box.name}" in Path("/proc/self/mountinfo").read_text():
        left.append("mount")
    for process in psutil.process_iter(["cmdline"]):
        if box.name in (process.info["cmdline"] or ()):
            left.append(f"process {process.pid}")
    if box.process.poll() is None:
        left.append("runtime process")
    return left


def _backend(runtime: str, state: Path) -> Iterator[OciBackend]:
    problem = oci_problem(runtime)
    if problem:
        missing(f"the OCI backend under {runtime}: {problem}")
    require_docker()  # the images are unpacked from the engine
    backend = OciBackend(runtime=runtime, state_dir=state)
    yield backend
    backend.close()


@pytest.fixture(scope="module", params=["crun", "runc"])
def oci(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[OciBackend]:
    """The OCI backend under each runtime of the host kernel's isolation (the same bundles)."""
    yield from _backend(request.param, tmp_path_factory.mktemp(f"{request.param}-state"))


@pytest.fixture(scope="module")
def gvisor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OciBackend]:
    yield from _backend("runsc", tmp_path_factory.mktemp("runsc-state"))


# ----------------------------------------------------------------- the bundle, without running


def test_bundle_states_every_hardening() -> None:
    rootfs = bundle.Rootfs(tag="t", image_id="i", path="/r", env=("PATH=/bin",))
    config = bundle.config(spec("true"), rootfs, cgroup="/pyscape/x/c")
    process, linux = config["process"], config["linux"]
    assert config["root"] == {"path": "/r", "readonly": True}
    assert process["user"] == {"uid": 65534, "gid": 65534, "additionalGids": []}
    assert process["noNewPrivileges"] is True
    assert all(caps == [] for caps in process["capabilities"].values())
    assert len(process["capabilities"]) == 5
    assert process["args"][:2] == ["/.pyscape/init", "--"]
    rlimits = {r["type"]: r["hard"] for r in process["rlimits"]}
    assert rlimits["RLIMIT_CORE"] == 0 and rlimits["RLIMIT_NOFILE"] == 256
    assert {n["type"] for n in linux["namespaces"]} >= {"pid", "network", "ipc", "uts", "mount"}
    assert "/proc/kcore" in linux["maskedPaths"] and "/proc/sys" in linux["readonlyPaths"]
    assert linux["seccomp"]["defaultAction"] == "SCMP_ACT_ERRNO"
    tmp = next(m for m in config["mounts"] if m["destination"] == "/tmp")
    assert "size=64m" in tmp["options"] and "nosuid" in tmp["options"]
    limits = bundle.cgroup_limits(spec("true", memory_mb=100, pids=10, cpus=0.5))
    assert (limits.memory_bytes, limits.pids) == (100 << 20, 10)
    assert limits.cpu_quota_us * 2 == limits.cpu_period_us


def test_seccomp_is_dockers_or_stricter() -> None:
    profile = bundle.seccomp()
    allowed = {
        name
        for rule in profile["syscalls"]
        if rule["action"] == "SCMP_ACT_ALLOW"
        for name in rule["names"]
    }
    assert {"read", "write", "clone", "execve", "futex"} <= allowed
    refused = {"io_uring_setup", "ptrace", "mount", "unshare", "setns", "keyctl", "bpf"}
    assert not refused & allowed
    assert profile["architectures"] in (["SCMP_ARCH_X86_64"], ["SCMP_ARCH_AARCH64"])
    clone = next(r for r in profile["syscalls"] if r["names"] == ["clone"])
    assert clone["args"][0]["op"] == "SCMP_CMP_MASKED_EQ"  # no namespace flags


def test_cgroup_v2_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """cgroup v2 (not this host's layout, maybe): limits written, usage parsed, from files."""
    monkeypatch.setattr(oci_cgroup, "hierarchies", lambda: {"": tmp_path})
    monkeypatch.setattr(oci_cgroup, "is_v1", lambda: False)
    made = ("cgroup.subtree_control", "pyscape/cgroup.subtree_control")
    for name in (*made, "pyscape/pyscape-1-2-3/memory.swap.max"):  # what the kernel makes
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    group = oci_cgroup.Cgroup("pyscape-1-2-3")
    group.create(bundle.cgroup_limits(spec("true", memory_mb=100, pids=10, cpus=0.5)))
    folder = tmp_path / "pyscape" / "pyscape-1-2-3"
    assert group.runtime_path == "/pyscape/pyscape-1-2-3/c"
    assert (folder / "memory.max").read_text() == str(100 << 20)
    assert (folder / "memory.swap.max").read_text() == "0"
    assert (folder / "pids.max").read_text() == "10"
    assert (folder / "cpu.max").read_text() == "50000 100000"
    assert "+memory" in (tmp_path / "pyscape" / "cgroup.subtree_control").read_text()
    (folder / "cpu.stat").write_text("usage_usec 1500\nuser_usec 1000\nsystem_usec 500\n")
    (folder / "memory.peak").write_text("4096\n")
    (folder / "memory.events").write_text("low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n")
    assert (group.cpu_ns(), group.memory_peak(), group.oom_kills()) == (1_500_000, 4096, 1)


def test_rootfs_cache_prunes_images_no_tag_names(tmp_path: Path) -> None:
    cache = RootfsCache(tmp_path)
    for name in ("current", "rebuilt", "in-use", "left.partial"):
        (tmp_path / name / "rootfs").mkdir(parents=True)
        (tmp_path / name / "image.json").write_text("{}")
    (tmp_path / "tags").mkdir()
    (tmp_path / "tags" / "pyscape_python_1").symlink_to("../current")
    in_use = {str(tmp_path / "in-use" / "rootfs")}
    assert cache.prune(in_use) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".lock", "current", "in-use", "tags"]


def test_make_backend_says_what_and_why() -> None:
    backend, reason = make_backend("docker")
    assert isinstance(backend, DockerBackend) and backend.runtime == "runc"
    assert reason == "docker with runc, as set"
    backend, reason = make_backend("auto")
    if oci_problem("crun") is None:
        assert isinstance(backend, OciBackend) and backend.runtime == "crun"
        assert reason == "auto: oci with crun (root, crun and cgroups here)"
    elif oci_problem("runc") is None:
        assert isinstance(backend, OciBackend) and backend.runtime == "runc"
        assert (
            reason.startswith("auto: oci with runc")
            and f"not crun: {oci_problem('crun')}" in reason
        )
    else:
        assert isinstance(backend, DockerBackend) and reason.startswith("auto: docker with runc")
    backend.close()
    backend, reason = make_backend("oci", runtime="runc")
    assert isinstance(backend, OciBackend) and backend.runtime == "runc"
    assert reason == "oci (as set) with runc"
    backend.close()
    with pytest.raises(Exception, match="unknown sandbox backend"):
        make_backend("chroot")
    with pytest.raises(Exception, match="unknown runtime"):
        make_backend("auto", runtime="lxc")


def test_crun_is_refused_where_v2_holds_controllers_beside_v1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyscape_judge.sandbox import choose, oci_cgroup

    unified = tmp_path / "unified"
    unified.mkdir()
    (unified / "cgroup.controllers").write_text("hugetlb\n")
    roots = {"memory": tmp_path / "memory", "": unified}
    monkeypatch.setattr(oci_cgroup, "hierarchies", lambda: roots)
    assert choose.v2_controllers_on_hybrid_host() == ["hugetlb"]
    (unified / "cgroup.controllers").write_text("\n")  # each controller mounted as v1
    assert choose.v2_controllers_on_hybrid_host() == []
    del roots["memory"]  # v2 alone: crun's own ground
    (unified / "cgroup.controllers").write_text("cpu memory pids\n")
    assert choose.v2_controllers_on_hybrid_host() == []


def _kernel_memory_group(name: str) -> Path:
    """A v1 memory cgroup of the real kernel, 32 MB with no swap (root; removed by the test)."""
    if os.geteuid() != 0 or "memory" not in hierarchies():
        missing("a v1 memory hierarchy that root may write")
    folder = hierarchies()["memory"] / f"pyscape-test-{os.getpid()}-{name}"
    folder.mkdir()
    for limit in ("memory.limit_in_bytes", "memory.memsw.limit_in_bytes"):
        if (folder / limit).exists():
            (folder / limit).write_text(str(32 * 2**20))
    return folder


def test_oom_kills_are_counted_after_the_group_is_gone() -> None:
    """The engine removes a container's group as soon as it ends: the count of its OOM kills
    outlives it, and the group's removal is not one of them."""
    import subprocess
    import sys

    from pyscape_judge.sandbox.cgroup import Cgroup

    hog = "import os, sys\nopen(sys.argv[1], 'w').write(str(os.getpid()))\nh = []\n"
    hog += "while True:\n    h.append(bytearray(1 << 20))\n"
    for name, ooms in (("oom", 1), ("calm", 0)):
        folder = _kernel_memory_group(name)
        try:
            meter = Cgroup(folder, folder, unified=False)
            assert meter.count_ooms()
            if ooms:
                procs = str(folder / "cgroup.procs")
                ended = subprocess.run([sys.executable, "-c", hog, procs], timeout=60)
                assert ended.returncode == -9
            assert meter.oom_kills() == ooms
        finally:
            folder.rmdir()
        assert meter.oom_kills() == ooms  # read after the removal, and again
        assert meter.oom_kills() == ooms
        meter.close()


# ----------------------------------------------------------------- limits, tried from inside


def test_identity_capabilities_seccomp_no_new_privileges(oci: OciBackend) -> None:
    ran = run(oci, "id -u; id -g; grep -E '^(Cap|NoNewPrivs|Seccomp)' /proc/self/status")
    lines = ran.text.split("\n")
    assert lines[:2] == ["65534", "65534"]
    status = dict(line.split(":\t") for line in lines[2:] if line)
    for caps in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        assert int(status[caps], 16) == 0, caps
    assert status["NoNewPrivs"] == "1" and status["Seccomp"] == "2"


def test_seccomp_refuses_what_docker_refuses_and_more(oci: OciBackend) -> None:
    ran = run(
        oci,
        py("""
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        calls = {"unshare": (272, 0x10000000), "io_uring_setup": (425, 1, 0),
                 "ptrace": (101, 0, 0, 0, 0), "keyctl": (250, 0), "mount": (165, 0, 0, 0, 0)}
        for name, (number, *args) in calls.items():
            result = libc.syscall(number, *args)
            print(name, result, os.strerror(ctypes.get_errno()))
        """),
    )
    for line in ran.text.splitlines():
        _, result, error = line.split(" ", 2)
        assert result == "-1" and error == "Operation not permitted", line
    assert len(ran.text.splitlines()) == 5


def test_network_namespace_is_empty(oci: OciBackend) -> None:
    ran = run(
        oci,
        "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '; "
        + py("""
        import socket
        try:
            socket.create_connection(("1.1.1.1", 53), timeout=2)
        except OSError as e:
            print("refused", e.errno)
        """),
    )
    lines = ran.text.split()
    assert lines[0] == "lo" and lines[1] == "refused"
    assert int(lines[2]) == 101  # ENETUNREACH: not even a route


def test_root_is_read_only_and_tmp_is_a_sized_tmpfs(oci: OciBackend) -> None:
    ran = run(
        oci,
        "touch /var/tmp/x /etc/x /x 2>&1 | grep -c 'Read-only file system'; "
        "grep ' /tmp ' /proc/mounts; "
        "dd if=/dev/zero of=/tmp/fill bs=1M count=16 2>&1 | grep -c 'No space left'; "
        "du -m /tmp/fill | cut -f1",
        tmpfs_mb=8,
    )
    lines = ran.text.splitlines()
    assert lines[0] == "3"
    assert "tmpfs" in lines[1] and "size=8192k" in lines[1] and "nosuid" in lines[1]
    assert lines[2] == "1" and int(lines[3]) <= 8


def test_kernel_paths_are_masked_and_read_only(oci: OciBackend) -> None:
    ran = run(
        oci,
        py(f"""
        import os
        for path in {bundle.MASKED_PATHS!r}:
            if os.path.isdir(path):
                print(path, "entries", len(os.listdir(path)))
            elif os.path.exists(path):
                print(path, "bytes", len(open(path, "rb").read()))
        for path in {bundle.READONLY_PATHS!r}:
            try:
                os.open(path + ("/kernel/domainname" if path == "/proc/sys" else ""), os.O_WRONLY)
                print(path, "writable")
            except OSError as e:
                print(path, "refused", e.errno)
        """),
    )
    masked = [line.split() for line in ran.text.splitlines()[: -len(bundle.READONLY_PATHS)]]
    assert len(masked) >= 3, ran.text  # those this kernel has
    assert all(size == "0" for _, _, size in masked), ran.text
    for line in ran.text.splitlines()[-len(bundle.READONLY_PATHS) :]:
        verdict = line.split()[1]
        assert verdict == "refused", line


def test_memory_without_swap_ends_in_an_oom_kill(oci: OciBackend) -> None:
    ran = run(oci, py("x = bytearray(200 << 20); print('survived')"), memory_mb=64)
    assert "survived" not in ran.text
    assert ran.status == ExitStatus(137, oom_killed=True)
    assert ran.usage.oom_kills >= 1
    assert 60 << 20 <= ran.usage.memory_bytes <= 64 << 20


def test_memory_and_swap_limits_are_equal_and_settable(oci: OciBackend) -> None:
    box = oci.start(spec("cat", memory_mb=300))
    try:
        folder = box.cgroup.path("memory")
        files = ("memory.limit_in_bytes", "memory.memsw.limit_in_bytes")
        if not (folder / files[0]).exists():  # cgroup v2
            files = ("memory.max", "memory.swap.max")
        read = [int((folder / f).read_text()) for f in files]
        assert read in ([300 << 20] * 2, [300 << 20, 0])
        box.set_memory(100)  # lowered, as after compiling
        assert int((folder / files[0]).read_text()) == 100 << 20
        box.set_memory(500)  # and raised
        assert int((folder / files[0]).read_text()) == 500 << 20
    finally:
        box.close()


def test_usage_measures_the_whole_sandbox(oci: OciBackend) -> None:
    box = oci.start(
        spec(
            py("""
        import sys, time
        x = bytearray(50 << 20)
        t = time.process_time()
        while time.process_time() - t < 0.3: pass
        print("done", flush=True)
        sys.stdin.read()
        """)
        )
    )
    try:
        assert box.read(timeout=30).data == b"done\n"  # type: ignore[union-attr]
        used = box.usage()
        assert used.cpu_ns >= 300_000_000 and used.memory_bytes >= 50 << 20
        box.reset_peak()
        assert box.usage().memory_bytes < used.memory_bytes + (1 << 20)
        assert box.usage().oom_kills == 0
    finally:
        box.close()


def test_pids_limit_stops_a_fork_bomb(oci: OciBackend) -> None:
    ran = run(
        oci,
        py("""
        import os, time
        children = 0
        while True:
            try:
                if os.fork() == 0:
                    time.sleep(60)
                    os._exit(0)
                children += 1
            except OSError as e:
                print(children, e.errno, flush=True)
                break
        """),
        pids=16,
    )
    children, errno = map(int, ran.text.split())
    assert errno == 11  # EAGAIN
    assert children < 16  # with python itself and the init, fewer than the limit


def test_output_through_pipes_stdout_and_stderr_apart(oci: OciBackend) -> None:
    payload = os.urandom(1 << 20).hex().encode()  # 2 MB: many times a pipe's buffer
    ran = run(oci, "echo to-stderr >&2; sha256sum | cut -d' ' -f1", stdin=payload)
    assert ran.text.strip() == hashlib.sha256(payload).hexdigest()
    assert ran.err == b"to-stderr\n"
    assert ran.status == ExitStatus(0)


def test_exit_codes_and_an_idle_sandbox(oci: OciBackend) -> None:
    assert run(oci, "exit 3").status == ExitStatus(3)
    box = oci.start(spec("read line; echo got $line"))
    try:
        time.sleep(0.3)
        assert box.idle()
        box.write(b"x\n", timeout=5)
        assert box.read(timeout=10).data == b"got x\n"  # type: ignore[union-attr]
        assert box.read(timeout=10) is None
        assert not box.idle()
    finally:
        box.close()


def test_write_times_out_when_nobody_reads(oci: OciBackend) -> None:
    box = oci.start(spec("sleep 30"))
    try:
        with pytest.raises(TimeoutError):
            box.write(b"x" * (4 << 20), timeout=0.5)
    finally:
        box.close()


# ----------------------------------------------------------------- nothing left behind


def test_close_kills_everything_and_leaves_nothing(oci: OciBackend) -> None:
    box = oci.start(spec("sleep 300 & sleep 300 & echo up; cat"))
    assert box.read(timeout=30).data == b"up\n"  # type: ignore[union-attr]
    sandboxed = box.cgroup.pids()
    assert len(sandboxed) >= 3
    box.close()
    box.close()  # twice is fine
    assert not [p for p in sandboxed if psutil.pid_exists(p)]
    assert traces(oci, box) == []


def test_close_right_after_start_leaves_nothing(oci: OciBackend) -> None:
    boxes = [oci.start(spec("sleep 300")) for _ in range(3)]
    for box in boxes:  # the runtime is still making the sandbox, or has just made it
        box.close()
        assert traces(oci, box) == []


def test_sweep_removes_what_a_dead_judge_left(oci: OciBackend, tmp_path: Path) -> None:
    dead = OciBackend(state_dir=oci.state_dir)
    dead.owner = "1-1"  # pid 1 did not start at the epoch: this judge is dead
    box = dead.start(spec("echo up; sleep 300"))
    assert box.read(timeout=30).data == b"up\n"  # type: ignore[union-attr]
    alive = oci.start(spec("echo up; cat"))
    try:
        assert alive.read(timeout=30).data == b"up\n"  # type: ignore[union-attr]
        assert oci.sweep() == 1
        box.process.wait(timeout=10)  # the orphaned runtime ends with its sandbox
        assert traces(oci, box) == []
        assert alive.idle() and alive.process.poll() is None  # a live judge's are kept
    finally:
        alive.close()
        box._closed = True  # swept already
        for stream in (box.process.stdin, box.process.stdout, box.process.stderr):
            stream.close()  # type: ignore[union-attr]


def test_sweep_removes_a_live_judges_sandbox_after_an_hour(oci: OciBackend) -> None:
    box = oci.start(spec("echo up; cat"))
    try:
        assert box.read(timeout=30).data == b"up\n"  # type: ignore[union-attr]
        assert oci.sweep() == 0
        hours_ago = time.time() - 2 * 3600
        os.utime(box.folder / "config.json", (hours_ago, hours_ago))
        assert oci.sweep() == 1
        box.process.wait(timeout=10)
        assert traces(oci, box) == []
    finally:
        box.close()


def test_the_cli_sweeps_oci_leftovers_too(oci: OciBackend) -> None:
    dead = OciBackend()  # where the CLI looks: the default state directory
    dead.owner = "1-1"
    box = dead.start(spec("echo up; sleep 300"))
    try:
        assert box.read(timeout=30).data == b"up\n"  # type: ignore[union-attr]
        assert cli.main(["sweep"]) == 0
        box.process.wait(timeout=10)
        assert traces(dead, box) == []
    finally:
        box.close()


def test_a_judge_on_the_oci_backend(oci: OciBackend) -> None:
    code = (default_problems_dir() / "two-sum" / "solutions" / "python.py").read_text()
    with Judge(backend=oci) as judge:
        verdict = judge.judge("two-sum", "python", code)
    assert verdict.status == "accepted", verdict.to_dict()
    assert list(oci.bundles.iterdir()) == []


# ----------------------------------------------------------------- gVisor: the same bundles


@pytest.mark.runsc
def test_runsc_runs_the_same_bundles_with_the_same_limits(gvisor: OciBackend) -> None:
    ran = run(
        gvisor,
        "id -u; touch /var/tmp/x 2>&1 | grep -c 'Read-only'; tail -n +3 /proc/net/dev | wc -l; "
        + py("x = bytearray(200 << 20)"),
        memory_mb=128,
    )
    assert ran.text.split() == ["65534", "1", "1"]
    assert ran.status.exit_code != 0
    assert ran.usage.memory_bytes <= 128 << 20


@pytest.mark.runsc
def test_runsc_close_leaves_nothing(gvisor: OciBackend) -> None:
    box = gvisor.start(spec("echo up; sleep 300"))
    assert box.read(timeout=30).data == b"up\n"  # type: ignore[union-attr]
    box.close()
    assert traces(gvisor, box) == []
    state = [json.dumps(str(p)) for p in gvisor.root.iterdir()]
    assert not [s for s in state if box.name in s]


def test_a_sandbox_dropped_unclosed_is_removed_all_the_same(
    oci: OciBackend, caplog: pytest.LogCaptureFixture
) -> None:
    """A judge's bug that loses a sandbox leaves nothing: the next start removes it, said."""
    box = oci.start(spec("exec sleep 60"))
    name, runtime = box.name, box.process
    shadow = OciSandbox.__new__(OciSandbox)  # what `traces` reads: the name only
    shadow.name, shadow.process = name, runtime
    assert traces(oci, shadow)
    del box
    gc.collect()
    with caplog.at_level("WARNING"):
        assert run(oci, "echo next").text == "next\n"
    assert f"sandbox {name} was dropped without being closed" in caplog.text
    runtime.wait(timeout=10)
    assert traces(oci, shadow) == []
