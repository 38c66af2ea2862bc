"""System routes: health."""
