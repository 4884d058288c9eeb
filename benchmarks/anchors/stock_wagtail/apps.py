from django.apps import AppConfig


class StockWagtailConfig(AppConfig):
    name = "stock_wagtail"
    default_auto_field = "django.db.models.BigAutoField"
