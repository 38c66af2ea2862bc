-- Duel engine: OpenSkill ratings per player, and when each player's best submission came.

CREATE TABLE duel_ratings (
    user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    -- OpenSkill (Plackett-Luce) skill estimate and its uncertainty
    mu DOUBLE PRECISION NOT NULL,
    sigma DOUBLE PRECISION NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX duels_status ON duels (status);
