"""``cong restore ARCHIVE [--force]``: verify the archive, then restore into the empty target."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cong.ops.backup import BackupError, restore_backup

from ._progress import progress_for


class Command(BaseCommand):
    @property
    def help(self) -> str:
        # argparse needs a str when it prints --help: translated when read, not a lazy text
        return _(
            "Phục hồi từ bản sao lưu vào cơ sở dữ liệu (DATABASE_URL) và thư mục tệp (MEDIA_ROOT) trống. "
            "Bản sao lưu được kiểm tra toàn bộ trước; bản hỏng bị từ chối và không có gì thay đổi."
        )

    def add_arguments(self, parser):
        parser.add_argument("archive", help=_("Tệp cong-backup-….tar.gz"))
        parser.add_argument(
            "--force", action="store_true", help=_("Ghi đè cơ sở dữ liệu và thư mục tệp đang có dữ liệu.")
        )

    def handle(self, *args, **options):
        try:
            manifest = restore_backup(
                options["archive"], force=options["force"], progress=progress_for(self, options["verbosity"])
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Đã phục hồi bản sao lưu lúc %(created_at)s (%(parts)s phần). Chạy «cong migrate» nếu phiên bản phần mềm mới hơn bản sao lưu."
                )
                % {"created_at": manifest["created_at"], "parts": len(manifest["parts"])}
            )
        )
