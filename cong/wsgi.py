"""WSGI entry point for production servers (gunicorn cong.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
application = get_wsgi_application()

# Refuse to serve an unbuilt database (every page would be a 500): gunicorn logs the message and stops.
from django.utils.translation import gettext as _  # noqa: E402

from cong.core.readiness import require_migrated_database  # noqa: E402 - needs the app registry

require_migrated_database(_("Máy chủ web"))

# gunicorn runs this module once in its master (cong/gunicorn_conf.py preloads it) and forks the workers from
# it: the check's connection must not be inherited by them, each opens its own.
from django.db import connections  # noqa: E402

connections.close_all()
