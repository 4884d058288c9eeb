"""``cong scheduler``: enqueue the registered periodic jobs when due (run beside ``cong db_worker``);
``cong scheduler --run NAME`` runs one job now, in this process, and records the run like the worker.

Only one scheduler of an installation schedules: it holds the lease (``cong.ops.lease``) and renews it at
every heartbeat; any other waits as standby and takes over when the lease expires."""

import signal
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.utils import timezone
from django.utils.translation import gettext as _

from cong.core.jobs import periodic_jobs
from cong.core.readiness import DatabaseNotReady, require_migrated_database
from cong.ops import lease
from cong.ops.scheduler import run_periodic_job, tick


class Command(BaseCommand):
    @property
    def help(self) -> str:
        # argparse needs a str when it prints --help: translated when read, not a lazy text
        return _(
            "Chạy bộ lập lịch: đưa các việc định kỳ (sao lưu, xoá dữ liệu hết hạn…) vào hàng đợi khi đến hạn."
        )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help=_("Chạy một lượt rồi thoát (dùng với cron)."))
        parser.add_argument(
            "--interval", type=int, default=30, help=_("Số giây giữa hai lượt (mặc định 30).")
        )
        parser.add_argument(
            "--lease-seconds",
            type=int,
            default=lease.DEFAULT_SECONDS,
            help=_(
                "Quyền chạy hết hạn sau chừng ấy giây nếu không được gia hạn; bộ dự phòng tiếp quản sau đó (mặc định %(default_seconds)s)."
            )
            % {"default_seconds": lease.DEFAULT_SECONDS},
        )
        parser.add_argument("--list", action="store_true", help=_("Liệt kê các việc định kỳ đã đăng ký."))
        parser.add_argument(
            "--run",
            metavar=_("TÊN"),
            action="append",
            default=[],
            help=_("Chạy ngay một việc định kỳ (lặp lại được)."),
        )

    def handle(self, *args, **options):
        # BaseCommand keeps verbosity only in options; _tick() reports by it.
        self.verbosity = options["verbosity"]
        if options["list"]:
            for name, job in sorted(periodic_jobs().items()):
                self.stdout.write(f"{name}: {job.describe()}")
            return
        try:
            require_migrated_database(_("Bộ lập lịch"))
        except DatabaseNotReady as error:
            raise CommandError(str(error)) from None
        if options["run"]:
            self._run(options["run"])
            return
        if options["interval"] < 1 or options["lease_seconds"] < 3:
            raise CommandError(_("--interval phải từ 1 giây và --lease-seconds từ 3 giây trở lên."))
        holder = lease.holder_id()
        if options["once"]:
            if not lease.acquire(holder, seconds=options["lease_seconds"]):
                self._standby_notice()
                return
            try:
                self._tick()
            finally:
                lease.release(holder)
            return
        stopping = []
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stopping.append(True))
        self.stdout.write(
            _("Bộ lập lịch chạy, %(count)s việc định kỳ; Ctrl+C để dừng.") % {"count": len(periodic_jobs())}
        )
        self._loop(holder, options["interval"], options["lease_seconds"], stopping)

    def _loop(self, holder: str, interval: int, seconds: int, stopping: list) -> None:
        """Heartbeat: renew (or try to take) the lease three times per lease at least; schedule only while
        holding it. A clean stop gives the lease up, so that a standby takes over at its next heartbeat."""
        heartbeat = max(1, min(interval, seconds // 3))
        leading = False
        next_tick = 0.0
        try:
            while not stopping:
                try:
                    holding = lease.acquire(holder, seconds=seconds)
                except DatabaseError as error:  # the database restarts: try again at the next heartbeat
                    self.stderr.write(
                        _("Bộ lập lịch: không gia hạn được quyền chạy (%(error)s).") % {"error": error}
                    )
                    connection.close()
                    holding = False
                if holding and not leading:
                    self.stdout.write(_("Bộ lập lịch này giữ quyền chạy (%(holder)s).") % {"holder": holder})
                    next_tick = 0.0
                elif leading and not holding:
                    self.stdout.write(_("Bộ lập lịch này mất quyền chạy; chuyển sang chờ dự phòng."))
                elif not holding and not leading and next_tick == 0.0:
                    self._standby_notice()
                    next_tick = -1.0  # said once
                leading = holding
                if leading and time.monotonic() >= next_tick:
                    self._tick()
                    next_tick = time.monotonic() + interval
                for _second in range(heartbeat):
                    if stopping:
                        break
                    time.sleep(1)
        finally:
            if leading:
                lease.release(holder)

    def _standby_notice(self) -> None:
        held = lease.current()
        until = (
            _(", hết hạn lúc %(localtime)s")
            % {"localtime": f"{timezone.localtime(held.expires_at):%H:%M:%S}"}
            if held and held.expires_at
            else ""
        )
        who = held.holder if held and held.holder else "?"
        self.stdout.write(
            _("Một bộ lập lịch khác đang giữ quyền chạy (%(who)s%(until)s); bộ này chờ dự phòng.")
            % {"who": who, "until": until}
        )

    def _run(self, names: list[str]) -> None:
        known = periodic_jobs()
        unknown = [name for name in names if name not in known]
        if unknown:
            raise CommandError(
                _("Không có việc định kỳ «%(unknown)s». Xem danh sách: cong scheduler --list")
                % {"unknown": ", ".join(unknown)}
            )
        for name in names:
            result = run_periodic_job.call(name)  # here and now, recorded in JobRun as the worker does
            self.stdout.write(f"{name}: {result or 'xong'}")

    def _tick(self):
        for name in tick():
            if self.verbosity >= 1:
                self.stdout.write(_("Đã đưa vào hàng đợi: %(name)s") % {"name": name})
