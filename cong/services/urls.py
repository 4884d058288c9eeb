"""Public addresses of the services app, included before Wagtail's page routes."""

app_name = "services"

urlpatterns: list = []
