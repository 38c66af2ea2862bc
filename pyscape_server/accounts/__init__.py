"""Accounts: signup, login, logout, tokens (own and Supabase), profile."""
