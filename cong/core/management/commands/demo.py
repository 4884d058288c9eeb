"""``cong demo``: load the demo province. Each app with a ``demo`` module adds its part, in the order of
INSTALLED_APPS (the accounts demo last); running it again adds nothing twice."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

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
                module.load(self)
        self.stdout.write(self.style.SUCCESS("Đã nạp xong dữ liệu mẫu."))
