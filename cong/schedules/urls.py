"""Public addresses of the schedules app, included before Wagtail's page routes."""

app_name = "schedules"

urlpatterns: list = []
