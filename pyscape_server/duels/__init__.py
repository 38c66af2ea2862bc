"""Duels: the real-time 1v1 engine over WebSocket (socket, engine, matchmaking, results,
ratings) and the statistics and leaderboard read from what it records."""
