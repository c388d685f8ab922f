"""practice layer."""
