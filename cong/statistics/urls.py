"""Public addresses of the statistics app, included before Wagtail's page routes."""

app_name = "statistics"

urlpatterns: list = []
