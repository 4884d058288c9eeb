"""``cong demo``: load the demo province. Each app with a ``demo`` module adds its part, in the order of
INSTALLED_APPS (the accounts demo last); running it again adds nothing twice.

With CONG_BASE_URL set (``make demo`` sets it from HOST and PORT), the demo's Site records take that
address after each part, so every link the demo mails or prints names the address it is served at."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from cong.core.addresses import point_sites_at_served_address, site_root_url

RUN_LAST = ("cong.accounts",)


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu của tỉnh demo (chạy lại không tạo trùng)."

    def handle(self, *args, **options):
        # The accounts demo equips every demo account with the shared authenticator and counts its printed
        # password as changed; it finds them by that password, so it runs after every app that creates one.
        configs = sorted(apps.get_app_configs(), key=lambda app: app.name in RUN_LAST)
        for app in configs:
            module_name = f"{app.name}.demo"
            if not app.name.startswith("cong.") or find_spec(module_name) is None:
                continue
            module = import_module(module_name)
            with transaction.atomic():
                point_sites_at_served_address()
                module.load(self)
                point_sites_at_served_address()
        self.stdout.write(self.style.SUCCESS(f"Đã nạp xong dữ liệu mẫu. Cổng mẫu: {site_root_url()}/"))
