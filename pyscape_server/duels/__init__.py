"""Duels: statistics and leaderboard (the duel engine itself lives with the WebSocket API)."""
