"""``cong scheduler``: enqueue the registered periodic jobs when due (run beside ``cong db_worker``);
``cong scheduler --run NAME`` runs one job now, in this process, and records the run like the worker."""

import signal
import time

from django.core.management.base import BaseCommand, CommandError

from cong.core.jobs import periodic_jobs
from cong.core.readiness import DatabaseNotReady, require_migrated_database
from cong.ops.scheduler import run_periodic_job, tick


class Command(BaseCommand):
    help = "Chạy bộ lập lịch: đưa các việc định kỳ (sao lưu, xoá dữ liệu hết hạn…) vào hàng đợi khi đến hạn."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Chạy một lượt rồi thoát (dùng với cron).")
        parser.add_argument("--interval", type=int, default=30, help="Số giây giữa hai lượt (mặc định 30).")
        parser.add_argument("--list", action="store_true", help="Liệt kê các việc định kỳ đã đăng ký.")
        parser.add_argument(
            "--run",
            metavar="TÊN",
            action="append",
            default=[],
            help="Chạy ngay một việc định kỳ (lặp lại được).",
        )

    def handle(self, *args, **options):
        # BaseCommand keeps verbosity only in options; _tick() reports by it.
        self.verbosity = options["verbosity"]
        if options["list"]:
            for name, job in sorted(periodic_jobs().items()):
                self.stdout.write(f"{name}: {job.describe()}")
            return
        try:
            require_migrated_database("Bộ lập lịch")
        except DatabaseNotReady as error:
            raise CommandError(str(error)) from None
        if options["run"]:
            self._run(options["run"])
            return
        if options["once"]:
            self._tick()
            return
        stopping = []
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stopping.append(True))
        self.stdout.write(f"Bộ lập lịch chạy, {len(periodic_jobs())} việc định kỳ; Ctrl+C để dừng.")
        while not stopping:
            self._tick()
            for _ in range(options["interval"]):
                if stopping:
                    break
                time.sleep(1)

    def _run(self, names: list[str]) -> None:
        known = periodic_jobs()
        unknown = [name for name in names if name not in known]
        if unknown:
            raise CommandError(
                f"Không có việc định kỳ «{', '.join(unknown)}». Xem danh sách: cong scheduler --list"
            )
        for name in names:
            result = run_periodic_job.call(name)  # here and now, recorded in JobRun as the worker does
            self.stdout.write(f"{name}: {result or 'xong'}")

    def _tick(self):
        for name in tick():
            if self.verbosity >= 1:
                self.stdout.write(f"Đã đưa vào hàng đợi: {name}")
