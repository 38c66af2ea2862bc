"""Portfolio: a user's projects and record, and its PDF export (typeset with Typst)."""
