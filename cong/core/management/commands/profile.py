"""``cong profile show [NAME]`` — print a resolved regulation profile as JSON, with sources."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cong.core.profiles import ProfileError, available_profiles, load_profile


class Command(BaseCommand):
    @property
    def help(self) -> str:
        # argparse needs a str when it prints --help: translated when read, not a lazy text
        return _("Hồ sơ quy định: in hồ sơ đã hợp nhất (giá trị và điều khoản nguồn) dạng JSON.")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
        show = sub.add_parser(
            "show", help=_("In hồ sơ (mặc định: hồ sơ đang dùng)."), called_from_command_line=None
        )
        show.add_argument("name", nargs="?", help=_("Tên hồ sơ, ví dụ lai-chau, hoặc đường dẫn tệp .toml"))
        sub.add_parser("list", help=_("Liệt kê các hồ sơ hiện có."), called_from_command_line=None)

    def handle(self, *args, **options):
        from django.conf import settings

        if options["action"] == "list":
            self.stdout.write("\n".join(available_profiles()))
            return
        try:
            profile = load_profile(options.get("name") or settings.CONG_PROFILE)
        except ProfileError as error:
            raise CommandError(str(error), returncode=2) from None
        self.stdout.write(json.dumps(profile.as_json(), ensure_ascii=False, indent=2))
