"""cong citizens_jobs — run the periodic jobs of Hỏi – Đáp once (reminders, e-mail retries, retention)."""

from django.core.management.base import BaseCommand

from cong.citizens.jobs import run_jobs

LABELS = {
    "citizens.reminders": "nhắc hạn",
    "citizens.resend_notices": "thư gửi lại",
    "citizens.purge_personal_data": "câu hỏi đã xoá dữ liệu cá nhân",
}


class Command(BaseCommand):
    help = "Chạy một lượt các việc định kỳ của Hỏi – Đáp: nhắc hạn, gửi lại thư, xoá dữ liệu cá nhân hết hạn lưu."

    def handle(self, *args, **options):
        for name, count in run_jobs().items():
            self.stdout.write(f"{LABELS[name]}: {count}")
