"""The ``cong`` command: a friendly front of Django's manage.py.

``cong migrate``, ``cong createsuperuser``, ``cong demo`` … run any management command with the
project's settings.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    argv = list(sys.argv if argv is None else argv)
    argv[0] = "cong"
    try:
        execute_from_command_line(argv)
    except ImproperlyConfigured as error:
        # A bad regulation profile or setting: the message says which file and key; no traceback.
        print(f"cong: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
