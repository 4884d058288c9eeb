"""``cong backup [--to DIR]``: one archive with database snapshot, media and system configuration."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cong.ops.backup import BackupError, create_backup, new_backup_key

from ._progress import progress_for


class Command(BaseCommand):
    @property
    def help(self) -> str:
        # argparse needs a str when it prints --help: translated when read, not a lazy text
        return _(
            "Sao lưu cơ sở dữ liệu, tệp tải lên và cấu hình hệ thống vào một tệp .tar.gz (kèm mã SHA-256; mã hoá khi có khoá)."
        )

    def add_arguments(self, parser):
        parser.add_argument("--to", dest="to", help=_("Thư mục lưu bản sao lưu (mặc định CONG_BACKUP_DIR)."))
        parser.add_argument(
            "--new-key",
            action="store_true",
            help=_("In ra một khoá mã hoá bản sao lưu mới (đặt vào CONG_BACKUP_KEY_FILE), không sao lưu."),
        )

    def handle(self, *args, **options):
        if options["new_key"]:
            self.stdout.write(new_backup_key())
            return
        try:
            result = create_backup(options["to"], progress=progress_for(self, options["verbosity"]))
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                _("Đã sao lưu: %(path)s (%(size)s MB, %(parts)s phần).")
                % {"path": result.path, "size": f"{result.size / 1048576:.1f}", "parts": result.parts}
            )
        )
