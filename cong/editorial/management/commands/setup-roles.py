"""``cong setup-roles``: groups and approval workflow from the active regulation profile."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from cong.editorial.setup import setup_editorial


class Command(BaseCommand):
    help = "Tạo nhóm quyền và quy trình duyệt tin theo hồ sơ quy định (chạy lại không tạo trùng)."

    def handle(self, *args, **options):
        try:
            result = setup_editorial()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        names = ", ".join(sorted(group.name for group in result["groups"].values()))
        tasks = " → ".join(task.name for task in result["workflow"].tasks)
        self.stdout.write(f"Nhóm: {names}")
        self.stdout.write(f"Quy trình “{result['workflow'].name}”: {tasks}")
        self.stdout.write(f"Cổng thành viên đã cập nhật quyền: {result['member_portals']}")
