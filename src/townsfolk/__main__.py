"""``python -m townsfolk`` opens the app window."""

from townsfolk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
