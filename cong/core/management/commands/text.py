"""``cong text fix FILE`` — convert legacy TCVN3 (ABC) or VNI text to Unicode NFC.

Prints the converted text as UTF-8 on stdout and the detected encoding on stderr. The file itself is
never changed.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cong.core.text import ENCODING_NAMES, LegacyTextError, decode_bytes


class Command(BaseCommand):
    @property
    def help(self) -> str:
        # argparse needs a str when it prints --help: translated when read, not a lazy text
        return _("Văn bản tiếng Việt: chuyển TCVN3 (ABC) hoặc VNI sang Unicode dựng sẵn (NFC).")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
        fix = sub.add_parser(
            "fix", help=_("In nội dung đã chuyển sang Unicode UTF-8."), called_from_command_line=None
        )
        fix.add_argument("file", help=_("Tệp cần chuyển ('-' để đọc từ stdin)"))

    def handle(self, *args, **options):
        name = options["file"]
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as error:
            raise CommandError(
                _("Không đọc được tệp %(name)s: %(strerror)s.") % {"name": name, "strerror": error.strerror},
                returncode=2,
            ) from None
        try:
            result = decode_bytes(data)
        except LegacyTextError as error:
            raise CommandError(f"{name}: {error}", returncode=1) from None
        self.stdout.write(result.text, ending="" if result.text.endswith("\n") else "\n")
        self.stderr.write(
            _("Bảng mã: %(encoding_names)s (%(encoding)s)")
            % {"encoding_names": ENCODING_NAMES[result.encoding], "encoding": result.encoding}
        )
