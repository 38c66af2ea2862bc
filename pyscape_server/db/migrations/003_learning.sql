-- Learning and portfolio: roadmaps, finished lessons, portfolio projects.
-- (Lesson XP goes to the xp_awards ledger of 001 with source 'lesson'.)

-- The latest roadmap generated per user (generating again replaces it).
CREATE TABLE roadmaps (
    user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    id TEXT NOT NULL UNIQUE,
    -- JSON: the topics asked for, and the roadmap as answered
    topics TEXT NOT NULL,
    body TEXT NOT NULL,
    generated_at TEXT NOT NULL
);

-- A lesson marked complete; best_score is the best quiz score of its completions.
CREATE TABLE lesson_completions (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lesson_id TEXT NOT NULL,
    best_score INTEGER NOT NULL,
    quiz_total INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    completed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, lesson_id)
);

CREATE TABLE portfolio_projects (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_name TEXT NOT NULL,
    description TEXT NOT NULL,
    url TEXT,
    -- JSON: ["Python", "NLP"] and {"accuracy": 0.87}
    skills TEXT NOT NULL,
    metrics TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX portfolio_projects_user ON portfolio_projects (user_id, created_at);
