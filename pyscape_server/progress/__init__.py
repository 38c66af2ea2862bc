"""Progress: SM-2 reviews (rate-submission, reviews due), XP and levels."""
