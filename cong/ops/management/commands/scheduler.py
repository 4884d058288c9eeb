"""``cong scheduler``: enqueue the registered periodic jobs when due (run beside ``cong db_worker``)."""

import signal
import time

from django.core.management.base import BaseCommand, CommandError

from cong.core.readiness import DatabaseNotReady, require_migrated_database
from cong.ops.scheduler import jobs, tick


class Command(BaseCommand):
    help = "Chạy bộ lập lịch: đưa các việc định kỳ (sao lưu, xoá dữ liệu hết hạn…) vào hàng đợi khi đến hạn."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Chạy một lượt rồi thoát (dùng với cron).")
        parser.add_argument("--interval", type=int, default=30, help="Số giây giữa hai lượt (mặc định 30).")
        parser.add_argument("--list", action="store_true", help="Liệt kê các việc định kỳ đã đăng ký.")

    def handle(self, *args, **options):
        # BaseCommand keeps verbosity only in options; _tick() reports by it.
        self.verbosity = options["verbosity"]
        if options["list"]:
            for name, job in sorted(jobs().items()):
                self.stdout.write(f"{name}: mỗi {job.interval()}")
            return
        try:
            require_migrated_database("Bộ lập lịch")
        except DatabaseNotReady as error:
            raise CommandError(str(error)) from None
        if options["once"]:
            self._tick()
            return
        stopping = []
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stopping.append(True))
        self.stdout.write(f"Bộ lập lịch chạy, {len(jobs())} việc định kỳ; Ctrl+C để dừng.")
        while not stopping:
            self._tick()
            for _ in range(options["interval"]):
                if stopping:
                    break
                time.sleep(1)

    def _tick(self):
        for name in tick():
            if self.verbosity >= 1:
                self.stdout.write(f"Đã đưa vào hàng đợi: {name}")
