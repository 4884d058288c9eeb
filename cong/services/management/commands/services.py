"""``cong services``: the procedure catalogue and the dossiers.

    cong services import FILE [--user NAME]    import the catalogue (CSV, XLSX, JSON of the national export)
    cong services dossiers FILE                 import a dossier export (CSV/JSON) now
    cong services sync                          run the configured dossier adapters now

Exit code 2 with a message naming the row and column when a file is refused (nothing is written).
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from cong.services.actions import ActionError, import_procedures_file
from cong.services.adapters import AdapterError, configured_adapters, import_dossiers_file, sync
from cong.services.importer import ImportRefused


class Command(BaseCommand):
    help = "Thủ tục hành chính: nhập danh mục thủ tục, nhập hồ sơ."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser(
            "import", help="Nhập danh mục thủ tục từ tệp xuất CSDL quốc gia (CSV, XLSX, JSON)."
        )
        imp.add_argument("file")
        imp.add_argument("--user", help="Tên đăng nhập ghi vào nhật ký.")
        dossiers = sub.add_parser("dossiers", help="Nhập hồ sơ từ tệp xuất của hệ thống một cửa (CSV, JSON).")
        dossiers.add_argument("file")
        sub.add_parser("sync", help="Đồng bộ hồ sơ từ các nguồn đã cấu hình ngay bây giờ.")

    def handle(self, *args, **options):
        user = None
        if options.get("user"):
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"Không có tài khoản “{options['user']}”.", returncode=2)
        try:
            if options["action"] == "import":
                report = import_procedures_file(options["file"], acting_user=user)
                self.stdout.write(f"{options['file']}: {report}.")
            elif options["action"] == "dossiers":
                changed = import_dossiers_file(options["file"], acting_user=user)
                self.stdout.write(f"{options['file']}: {changed} hồ sơ thêm hoặc thay đổi.")
            else:
                for adapter in configured_adapters():
                    self.stdout.write(f"{adapter.name}: {sync(adapter, acting_user=user)} hồ sơ thay đổi.")
        except (ImportRefused, ActionError, AdapterError, PermissionDenied) as error:
            raise CommandError(f"Tệp bị từ chối, không có gì được ghi — {error}", returncode=2) from error
