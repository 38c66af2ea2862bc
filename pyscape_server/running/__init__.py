"""Run: code on inputs of the user's choice, not judged and never recorded; a playground."""
