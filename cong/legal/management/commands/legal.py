"""``cong legal``: read documents and import them as drafts.

    cong legal extract FILE [--json]      print the fields read from one document
    cong legal import FILE… [--publish]   create draft records (reviewed in /quan-tri/ before publishing)

Consultations whose deadline passed are closed by the periodic job ``close-due-consultations``
(``cong scheduler``; once, now: ``cong scheduler --run close-due-consultations``).

Exit code 2 with a message when a file is unreadable, not an official document or a duplicate.
"""

import json

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cong.legal.actions import PublicationError, publish_document
from cong.legal.importer.service import ImportRefused, extract_file, import_document

LABELS = {  # the printed labels of the extracted fields
    "number": gettext_lazy("Số, ký hiệu"), "kind": gettext_lazy("Hình thức"), "issuer": gettext_lazy("Cơ quan ban hành"), "place": gettext_lazy("Nơi ban hành"),
    "issued_on": gettext_lazy("Ngày ban hành"), "title": gettext_lazy("Trích yếu"), "effective_on": gettext_lazy("Ngày có hiệu lực"),
    "effective_rule": gettext_lazy("Điều khoản hiệu lực"), "replaces": gettext_lazy("Thay thế"), "repeals": gettext_lazy("Bãi bỏ / hết hiệu lực"),
    "amends": gettext_lazy("Sửa đổi, bổ sung"),
}  # fmt: skip


class Command(BaseCommand):
    help = gettext_lazy("Văn bản: trích xuất, nhập văn bản từ tệp.")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        extract = sub.add_parser("extract", help=_("In các trường đọc được từ một văn bản."))
        extract.add_argument("file")
        extract.add_argument("--json", action="store_true", help=_("In dạng JSON."))
        extract.add_argument("--with-text", action="store_true", help=_("Kèm toàn văn trong JSON."))
        imp = sub.add_parser("import", help=_("Tạo bản nháp văn bản từ tệp để biên tập viên kiểm tra."))
        imp.add_argument("files", nargs="+")
        imp.add_argument("--publish", action="store_true", help=_("Xuất bản ngay (chỉ khi đã kiểm tra)."))
        imp.add_argument("--user", help=_("Tên đăng nhập ghi vào nhật ký."))

    def handle(self, *args, **options):
        action = options["action"]
        if action == "extract":
            return self.extract(options)
        return self.import_files(options)

    def extract(self, options):
        try:
            result = extract_file(options["file"])
        except ImportRefused as error:
            raise CommandError(str(error), returncode=2) from error
        data = result.as_json(with_text=options["with_text"])
        if options["json"]:
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        for key, label in LABELS.items():
            value = data[key]
            if isinstance(value, list):
                value = ", ".join(value) or "—"
            self.stdout.write(f"{label}: {value if value is not None else '—'}")
        signer = data["signer"] or {}
        self.stdout.write(
            _("Người ký: %(name)s (%(capacity)s)")
            % {"name": signer.get("name") or "—", "capacity": signer.get("capacity") or "—"}
        )
        self.stdout.write(_("Căn cứ (%(count)s):") % {"count": len(data["based_on"])})
        for citation in data["based_on"]:
            self.stdout.write(f"  - {citation['text']}")

    def import_files(self, options):
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(
                    _("Không có tài khoản “%(user)s”.") % {"user": options["user"]}, returncode=2
                )
        failures = 0
        for name in options["files"]:
            try:
                document = import_document(name, user=user)
                if options["publish"]:
                    publish_document(document, acting_user=user)
            except (ImportRefused, PublicationError, PermissionDenied) as error:
                failures += 1
                self.stderr.write(str(error))
                continue
            if document.live:
                line = _("%(file)s: %(document)s — đã xuất bản (mã %(pk)s).")
            else:
                line = _("%(file)s: %(document)s — bản nháp chờ kiểm tra (mã %(pk)s).")
            self.stdout.write(line % {"file": name, "document": document.label, "pk": document.pk})
        if failures:
            raise CommandError(_("%(count)s tệp không nhập được.") % {"count": failures}, returncode=2)
