#!/usr/bin/env python
"""Django's manage.py; the ``cong`` console script does the same."""

from cong.cli import main

if __name__ == "__main__":
    main()
