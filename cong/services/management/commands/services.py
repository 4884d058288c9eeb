"""``cong services``: the procedure catalogue and the dossiers.

    cong services import FILE [--user NAME]    import the catalogue (CSV, XLSX, JSON of the national export)
    cong services dossiers FILE                 import a dossier export (CSV/JSON) now
    cong services sync                          run the configured dossier adapters now

Exit code 2 with a message naming the row and column when a file is refused (nothing is written).
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cong.services.actions import ActionError, import_procedures_file
from cong.services.adapters import AdapterError, configured_adapters, import_dossiers_file, sync
from cong.services.importer import ImportRefused


class Command(BaseCommand):
    @property
    def help(self):  # a property: argparse needs a str, in the language of the moment
        return _("Thủ tục hành chính: nhập danh mục thủ tục, nhập hồ sơ.")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser(
            "import", help=_("Nhập danh mục thủ tục từ tệp xuất CSDL quốc gia (CSV, XLSX, JSON).")
        )
        imp.add_argument("file")
        imp.add_argument("--user", help=_("Tên đăng nhập ghi vào nhật ký."))
        dossiers = sub.add_parser(
            "dossiers", help=_("Nhập hồ sơ từ tệp xuất của hệ thống một cửa (CSV, JSON).")
        )
        dossiers.add_argument("file")
        sub.add_parser("sync", help=_("Đồng bộ hồ sơ từ các nguồn đã cấu hình ngay bây giờ."))

    def handle(self, *args, **options):
        user = None
        if options.get("user"):
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(
                    _("Không có tài khoản “%(user)s”.") % {"user": options["user"]}, returncode=2
                )
        try:
            if options["action"] == "import":
                report = import_procedures_file(options["file"], acting_user=user)
                self.stdout.write(f"{options['file']}: {report}.")
            elif options["action"] == "dossiers":
                changed = import_dossiers_file(options["file"], acting_user=user)
                self.stdout.write(
                    _("%(file)s: %(count)s hồ sơ thêm hoặc thay đổi.")
                    % {"file": options["file"], "count": changed}
                )
            else:
                for adapter in configured_adapters():
                    changed = sync(adapter, acting_user=user)
                    self.stdout.write(
                        _("%(source)s: %(count)s hồ sơ thay đổi.")
                        % {"source": adapter.name, "count": changed}
                    )
        except (ImportRefused, ActionError, AdapterError, PermissionDenied) as error:
            raise CommandError(
                _("Tệp bị từ chối, không có gì được ghi — %(error)s") % {"error": error}, returncode=2
            ) from error
