"""``cong statistics``: figures entered from files.

    cong statistics import-edoc FILE [--user NAME]   import the provincial document system's CSV export of
                                                     electronic document exchange (HG-11.2): all rows or none

The columns are documented in docs/features/statistics.md. Exit code 2 with a Vietnamese message naming
the row and column when the file is refused; nothing is then imported.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cong.statistics.actions import NotAllowed, StatisticsError, import_edoc


class Command(BaseCommand):
    @property
    def help(self):  # a property: argparse needs a str, in the language of the moment
        return _("Thống kê: nhập số liệu trao đổi văn bản điện tử từ tệp CSV.")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        edoc = sub.add_parser(
            "import-edoc", help=_("Nhập tệp CSV tiến độ trao đổi văn bản điện tử (HG-11.2).")
        )
        edoc.add_argument("file")
        edoc.add_argument("--user", help=_("Tên đăng nhập ghi vào nhật ký."))

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("Không có tệp «%(path)s».") % {"path": path}, returncode=2)
        user = None
        if options.get("user"):
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(
                    _("Không có tài khoản «%(user)s».") % {"user": options["user"]}, returncode=2
                )
        try:
            records = import_edoc(path.name, path.read_bytes(), acting_user=user)
        except (StatisticsError, NotAllowed) as error:
            raise CommandError(str(error), returncode=2) from error
        periods = sorted({r.period_label for r in records})
        self.stdout.write(
            _("Đã nhập %(count)s dòng số liệu văn bản điện tử (%(periods)s).")
            % {"count": len(records), "periods": ", ".join(periods)}
        )
