"""WSGI entry point for production servers (gunicorn cong.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
application = get_wsgi_application()

# Refuse to serve an unbuilt database (every page would be a 500): gunicorn logs the message and stops.
from django.utils.translation import gettext as _  # noqa: E402

from cong.core.readiness import require_migrated_database  # noqa: E402 - needs the app registry

require_migrated_database(_("Máy chủ web"))
