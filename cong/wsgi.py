"""WSGI entry point for production servers (gunicorn cong.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
application = get_wsgi_application()
