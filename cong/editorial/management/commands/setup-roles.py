"""``cong setup-roles``: groups and approval workflow from the active regulation profile."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cong.editorial.setup import setup_editorial


class Command(BaseCommand):
    help = gettext_lazy(
        "Tạo nhóm quyền và quy trình duyệt tin theo hồ sơ quy định (chạy lại không tạo trùng)."
    )

    def handle(self, *args, **options):
        try:
            result = setup_editorial()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        names = ", ".join(sorted(group.name for group in result["groups"].values()))
        tasks = " → ".join(task.name for task in result["workflow"].tasks)
        self.stdout.write(_("Nhóm: %(names)s") % {"names": names})
        self.stdout.write(
            _("Quy trình “%(name)s”: %(tasks)s") % {"name": result["workflow"].name, "tasks": tasks}
        )
        self.stdout.write(
            _("Cổng thành viên đã cập nhật quyền: %(count)s") % {"count": result["member_portals"]}
        )
