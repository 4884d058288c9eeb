"""The ``cong`` command: a friendly front of Django's manage.py.

``cong migrate``, ``cong createsuperuser``, ``cong demo`` … run any management command with the
project's settings.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv if argv is None else argv)
    argv[0] = "cong"
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
