-- PyScape's first schema: accounts, problems, submissions, SM-2 progress, XP, duels.
-- Portable SQL: TEXT ids (UUIDs), TEXT timestamps (ISO 8601 UTC, sortable), TEXT dates
-- (YYYY-MM-DD), JSON kept as TEXT, BOOLEAN columns given as TRUE/FALSE.

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    -- lower-cased; NULL for a Supabase user whose address is already taken here
    email TEXT UNIQUE,
    username TEXT NOT NULL,
    -- scrypt hash; NULL for users who sign in with Supabase only
    password_hash TEXT,
    provider TEXT NOT NULL,
    avatar_url TEXT,
    interests TEXT NOT NULL,
    xp_total INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX users_username_key ON users (lower(username));

-- One row per issued token (provider 'local'); a Supabase session gets a row when revoked.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT
);

CREATE INDEX sessions_user ON sessions (user_id);

-- Synced from problems/ at start by slug; a problem removed from disk is hidden, never deleted.
CREATE TABLE problems (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    mode TEXT NOT NULL,
    statement TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- JSON: the visible tests as [{"input": ..., "expected": ...}]
    examples TEXT NOT NULL,
    -- JSON: {"python": "class Solution: ...", ...}
    starters TEXT NOT NULL,
    -- JSON arrays, also kept in problem_tags / problem_languages for filtering
    tags TEXT NOT NULL,
    languages TEXT NOT NULL,
    total_tests INTEGER NOT NULL,
    time_limit_ms INTEGER NOT NULL,
    memory_limit_mb INTEGER NOT NULL,
    version TEXT NOT NULL,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE problem_tags (
    problem_id TEXT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (problem_id, tag)
);

CREATE INDEX problem_tags_tag ON problem_tags (tag);

CREATE TABLE problem_languages (
    problem_id TEXT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (problem_id, language)
);

-- Every submission, with its code and the judge's verdict.
CREATE TABLE submissions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    problem_id TEXT NOT NULL REFERENCES problems (id),
    problem_version TEXT NOT NULL,
    language TEXT NOT NULL,
    code TEXT NOT NULL,
    status TEXT NOT NULL,
    passed BOOLEAN NOT NULL,
    tests_passed INTEGER NOT NULL,
    total_tests INTEGER NOT NULL,
    runtime_ms INTEGER NOT NULL,
    memory_kb INTEGER NOT NULL,
    -- JSON: the verdict as the judge gave it (hidden tests already blanked)
    verdict TEXT NOT NULL,
    xp_earned INTEGER NOT NULL DEFAULT 0,
    rating TEXT,
    rated_at TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX submissions_user_created ON submissions (user_id, created_at);
CREATE INDEX submissions_user_problem_created ON submissions (user_id, problem_id, created_at);

-- SM-2 state per user and problem; created by the first accepted submission.
CREATE TABLE progress (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    problem_id TEXT NOT NULL REFERENCES problems (id),
    times_solved INTEGER NOT NULL,
    ease_factor DOUBLE PRECISION NOT NULL,
    interval_days INTEGER NOT NULL,
    ratings INTEGER NOT NULL,
    is_mastered BOOLEAN NOT NULL,
    next_review_date TEXT,
    last_rating TEXT,
    first_solved_at TEXT NOT NULL,
    last_solved_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, problem_id)
);

CREATE INDEX progress_due ON progress (user_id, is_mastered, next_review_date);

-- The XP ledger: one award per (user, source, subject), so XP is given once.
-- source: 'problem' (subject: problem id), 'lesson' (lesson id), 'duel' (duel id).
CREATE TABLE xp_awards (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    subject TEXT NOT NULL,
    amount INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (user_id, source, subject)
);

-- Duels (filled by the WebSocket duel engine): stats and the leaderboard read finished ones.
CREATE TABLE duels (
    id TEXT PRIMARY KEY,
    problem_id TEXT REFERENCES problems (id),
    language TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    -- 'active', 'finished' or 'cancelled'
    status TEXT NOT NULL,
    time_limit_seconds INTEGER NOT NULL,
    -- NULL when finished as a draw
    winner_id TEXT REFERENCES users (id),
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT
);

CREATE INDEX duels_finished ON duels (status, finished_at);

CREATE TABLE duel_players (
    duel_id TEXT NOT NULL REFERENCES duels (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seat INTEGER NOT NULL,
    -- 'win', 'loss' or 'draw'; NULL until the duel ends
    outcome TEXT,
    passed_tests INTEGER NOT NULL DEFAULT 0,
    total_tests INTEGER NOT NULL DEFAULT 0,
    time_seconds DOUBLE PRECISION,
    xp_earned INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (duel_id, user_id)
);

CREATE INDEX duel_players_user ON duel_players (user_id);
