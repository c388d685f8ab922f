"""Lists: sidebar entries, list pages, the list editor and "Add to list…"."""
