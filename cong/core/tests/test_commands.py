"""Every management command the README or the scheduler names, run for real in a subprocess against a
temporary SQLite database — the way an operator types them. (``cong demo`` runs in the smoke test,
``cong scheduler`` with a due job in cong/ops/tests/test_scheduler_process.py; here they run once too.)"""

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

CONG = str(Path(sys.executable).with_name("cong"))
SEED = Path(__file__).resolve().parents[2] / "demo" / "data" / "legal" / "seeds" / "001_ff1e665f274787ce.txt"


def environment(var_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CONG_TESTING", "REDIS_URL"}}
    env.update(
        CONG_VAR_DIR=str(var_dir),
        DEBUG="0",
        CONG_HTTPS="0",
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        DJANGO_SUPERUSER_PASSWORD="Quan-tri-2026!",
    )
    return env


def cong(env, *args, stdin: str | None = None) -> str:
    result = subprocess.run([CONG, *args], env=env, input=stdin, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"cong {' '.join(args)}:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def python(env, code: str) -> str:
    return cong(env, "shell", "-v", "0", "-c", code)


def usernames(env) -> str:
    return python(
        env,
        "from django.contrib.auth.models import User; print(*User.objects.values_list('username', flat=True))",
    )


@pytest.mark.smoke
def test_every_documented_command_runs(tmp_path):
    env = environment(tmp_path / "var")
    # Before any migration the clock already answers from the official calendar (issue 12): 1/1 is a
    # holiday, 2/1/2026 the day off of Công văn 12729/VPCP-KGVX, 3–4/1 the weekend.
    assert cong(env, "calendar", "workdays", "2026-01-01", "2026-01-04").strip() == "0"
    # The scheduler refuses an unbuilt database with the command that fixes it, instead of dying on its
    # first job with "no such table: ops_jobrun"; the web server does the same (cong/core/readiness.py).
    refused = subprocess.run(
        [CONG, "scheduler", "--once"], env=env, capture_output=True, text=True, timeout=300
    )
    assert refused.returncode != 0 and "chưa được tạo hoặc chưa cập nhật" in refused.stderr
    assert "cong migrate" in refused.stderr and "Traceback" not in refused.stderr
    cong(env, "migrate", "--noinput", "-v", "0")
    assert (tmp_path / "var" / "cong.sqlite3").exists()
    assert "Không phát hiện vấn đề" in cong(env, "check") or "no issues" in cong(env, "check").lower()

    cong(env, "collectstatic", "--noinput", "-v", "0")
    manifest = tmp_path / "var" / "static" / "staticfiles.json"
    assert manifest.exists() and "ninja/swagger-ui-bundle.js" in manifest.read_text()

    cong(env, "createsuperuser", "--noinput", "--username", "quantri", "--email", "quantri@example.vn")
    cong(env, "setup-roles")
    assert "quantri" in usernames(env)
    groups = cong(
        env,
        "shell",
        "-v",
        "0",
        "-c",
        "from django.contrib.auth.models import Group; print(Group.objects.count())",
    )
    assert int(groups) >= 3

    assert "national" in cong(env, "profile", "list")
    assert "qa.answer" in cong(env, "profile", "show")
    # Friday 13/02/2026 + 3 working days: Tết (16–20/02) is skipped.
    assert cong(env, "calendar", "due", "2026-02-13T10:00", "3").strip() == "2026-02-25T17:00:00+07:00"
    assert cong(env, "calendar", "workdays", "2026-02-16", "2026-02-20").strip().startswith("0")

    legacy = tmp_path / "tcvn3.txt"
    legacy.write_bytes("Céng hßa x· héi chñ nghÜa ViÖt Nam".encode("latin-1"))  # TCVN3 (ABC) bytes
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam" in cong(env, "text", "fix", str(legacy))
    extracted = cong(env, "legal", "extract", str(SEED))
    assert "65/QĐ-CVP" in extracted and "Kon Tum" in extracted
    cong(env, "legal", "import", str(SEED))
    cong(env, "update_index")
    cong(env, "db_worker", "--batch", "--no-startup-delay", "-v", "0")
    assert "nhắc hạn" in cong(env, "scheduler", "--run", "citizens.reminders")
    assert "đã đóng 0 dự thảo" in cong(env, "scheduler", "--run", "close-due-consultations")
    assert "backup" in cong(env, "scheduler", "--list")
    cong(env, "scheduler", "--once")

    backups = tmp_path / "backups"
    cong(env, "backup", "--to", str(backups))
    (archive,) = backups.glob("cong-backup-*.tar.gz")
    assert tarfile.is_tarfile(archive)
    restored = environment(tmp_path / "restored")
    cong(restored, "restore", str(archive), "--force")
    assert "quantri" in usernames(restored)
