"""Friendly Vietnamese error pages. The 500 page renders without touching the database."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", {"request_path": request.path}, status=404)


def server_error(request):
    # A bare template: the database or settings may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render())
