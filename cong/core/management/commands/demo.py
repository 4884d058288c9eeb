"""``cong demo``: load the demo province (cong/demo/); running it again adds nothing twice."""

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _

from cong.core.addresses import site_root_url
from cong.demo.load import load_demo


class Command(BaseCommand):
    @property
    def help(self) -> str:
        # argparse needs a str when it prints --help: translated when read, not a lazy text
        return _("Nạp dữ liệu mẫu của tỉnh demo (chạy lại không tạo trùng).")

    def handle(self, *args, **options):
        # The one reading of the clock: every date of the demo counts from it (tests freeze it).
        load_demo(timezone.now(), self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(_("Đã nạp xong dữ liệu mẫu. Cổng mẫu: %(url)s/") % {"url": site_root_url()})
        )
