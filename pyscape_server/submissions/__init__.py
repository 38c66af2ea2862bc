"""Submissions: judge, record, count the solve, give XP once; histories."""
