"""Public addresses of the officials app, included before Wagtail's page routes."""

app_name = "officials"

urlpatterns: list = []
