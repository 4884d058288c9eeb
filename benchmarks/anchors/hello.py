"""The Django hello-world anchor of `make bench`: one view answering "Hello, world!" in plain text.

A whole Django project in one module — settings, URLs and the WSGI application — with Django's default
middleware, so the figure is what a bare Django request costs under gunicorn on this machine:

    gunicorn --chdir benchmarks/anchors hello:application --workers 2
"""

from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-hello-world-not-secret",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
)

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402


def hello(request):
    return HttpResponse("Hello, world!", content_type="text/plain")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
