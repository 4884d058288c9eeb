"""Public addresses of the projects app, included before Wagtail's page routes."""

app_name = "projects"

urlpatterns: list = []
