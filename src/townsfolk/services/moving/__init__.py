"""Moving to another town: Mastodon export files, export and import jobs (issue 12)."""
