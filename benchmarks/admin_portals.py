"""Benchmark: the admin of a member-portal editor and of the provincial board with many member portals
(issue 17: the page explorer and dashboard ≤ 300 ms with 150 member portals — a merged province has
about 100 communes plus its departments).

Builds a throw-away SQLite portal (or PostgreSQL with DATABASE_URL) through the real set-up code: the
provincial portal and its board (``setup_editorial``), then each member portal by
``create_member_portal`` acting as the board's head (site, home page, settings, collection, the three
groups with page permissions, the shared moderators' workflow; acting as the provincial administrator
where the profile gives the decision to the administrators), with its agency, two sections, three
articles and one more article waiting for its moderators in the workflow. Signs in as the first portal's
editor (*Cập nhật*) and as the board's head and requests each admin page REPEAT times through Django's
test client (no network; the account policy's two-step login is off as in the tests), first with FEW
portals, then after adding portals up to MANY. Usage:

    CONG_TESTING=1 .venv/bin/python benchmarks/admin_portals.py [MANY] [FEW]
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

MANY = int(sys.argv[1]) if len(sys.argv) > 1 else 150
FEW = int(sys.argv[2]) if len(sys.argv) > 2 else 3
REPEAT = int(os.environ.get("REPEAT", "20"))

workdir = tempfile.mkdtemp(prefix="cong-bench-admin-")
Path(workdir, "static").mkdir()
os.environ.update({"CONG_VAR_DIR": workdir, "CONG_TESTING": "1", "DEBUG": "0"})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

setup_test_environment()
settings.ALLOWED_HOSTS = ["*"]
settings.WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
if connection.vendor == "postgresql":
    call_command("flush", interactive=False, verbosity=0)
call_command("migrate", verbosity=0)

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402

from cong.agencies.models import Agency, AgencyStaff  # noqa: E402
from cong.agencies.portals import create_member_portal, may_approve_portals, member_groups  # noqa: E402
from cong.editorial.roles import ADMINISTER, BOARD_LEADER  # noqa: E402
from cong.editorial.setup import setup_editorial  # noqa: E402
from cong.portal.models import ArticlePage, SectionPage  # noqa: E402
from cong.portal.tests.factories import PortalBuilder  # noqa: E402

User = get_user_model()


def user(username: str, group: Group, agency: Agency | None = None):
    account = User.objects.create_user(
        username=username, password="Mat-khau-dai-2026", email=f"{username}@thunghiem.gov.vn",
        first_name=username,
    )  # fmt: skip
    account.groups.add(group)
    if agency is not None:
        AgencyStaff.objects.create(user=account, agency=agency)
    return account


def publish(parent, page, author):
    parent.add_child(instance=page)
    page.save_revision(user=author, log_action=False).publish(log_action=False)
    return page


def add_portals(start: int, stop: int, approver) -> None:
    for i in range(start, stop):
        # Two local units for each department. The profiles' unit types (member_portals.unit_types) name
        # districts, not communes, so the local units are districts here; the admin treats them alike.
        kind = Agency.Kind.DISTRICT if i % 3 else Agency.Kind.DEPARTMENT
        name = f"UBND huyện Thử Nghiệm {i:03d}" if kind == Agency.Kind.DISTRICT else f"Sở Thử Nghiệm {i:03d}"
        agency = Agency.objects.create(name=name, code=f"dv{i:03d}", kind=kind)
        site = create_member_portal(agency, hostname=f"dv{i:03d}.localhost", acting_user=approver)
        editor = user(f"bientap.dv{i:03d}", member_groups(agency)["update"], agency)
        home = site.root_page
        news = publish(
            home, SectionPage(title="Tin tức – Sự kiện", slug="tin-tuc", show_in_menus=True), editor
        )
        publish(home, SectionPage(title="Thông báo", slug="thong-bao", show_in_menus=True), editor)
        for n in range(3):
            publish(news, ArticlePage(title=f"Tin {n + 1} của {name}", slug=f"tin-{n + 1}", lead="Tin thử.",
                                      owner=editor), editor)  # fmt: skip
        waiting = ArticlePage(title=f"Tin chờ duyệt của {name}", slug="cho-duyet", lead="Chờ duyệt.", live=False,
                              owner=editor)  # fmt: skip
        news.add_child(instance=waiting)
        waiting.save_revision(user=editor)
        waiting.get_workflow().start(waiting, editor)


def measure(client: Client, url: str) -> tuple[float, float, int]:
    response = client.get(url)  # warm-up
    assert response.status_code == 200, (url, response.status_code)
    times, counts = [], []
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        counts.append(len(captured))
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], max(counts)


def pages(editor_home: int, provincial_home: int) -> list[tuple[str, str, str]]:
    return [
        ("editor", "bảng điều khiển", "/quan-tri/"),
        ("editor", "cây trang của cổng mình", f"/quan-tri/pages/{editor_home}/"),
        ("editor", "chọn trang (page chooser)", "/quan-tri/choose-page/"),
        ("editor", "chọn trang trong cổng mình", f"/quan-tri/choose-page/{editor_home}/"),
        ("board", "bảng điều khiển", "/quan-tri/"),
        ("board", "cây trang Cổng tỉnh", f"/quan-tri/pages/{provincial_home}/"),
        ("board", "chọn trang (page chooser)", "/quan-tri/choose-page/"),
    ]


def show_queries(clients: dict, urls) -> None:
    """SHOW_QUERIES=1: print the SQL of each page once (to find what repeats per portal)."""
    for who, label, url in urls:
        with CaptureQueriesContext(connection) as captured:
            clients[who].get(url)
        print(f"\n## {who} {label} {url}: {len(captured)} queries")
        for query in captured:
            print("  ", query["sql"][:120], "…", query["sql"][-220:])


def run_round(clients: dict, urls) -> dict:
    if os.environ.get("SHOW_QUERIES"):
        show_queries(clients, urls)
    return {(who, label): measure(clients[who], url) for who, label, url in urls}


def main() -> None:
    started = time.perf_counter()
    portal = PortalBuilder.create()
    for i in range(3):
        section = portal.section(f"Chuyên mục {i}")
        for n in range(5):
            portal.article(section, title=f"Tin tỉnh {i}-{n}", revision=False)
    setup_editorial()
    board_head = user("truongban", Group.objects.get(name=BOARD_LEADER.group_name))
    # Who admits a member portal is the profile's choice (member_portals.approval): the portal's
    # administrators by default, the board's head where the regulation says so.
    approver = user("quantri.tinh", Group.objects.get(name=ADMINISTER.group_name))
    if not may_approve_portals(approver):
        approver = board_head
    add_portals(0, FEW, approver)
    first = Agency.objects.get(code="dv000")
    editor = User.objects.get(username="bientap.dv000")
    clients = {"editor": Client(), "board": Client()}
    clients["editor"].force_login(editor)
    clients["board"].force_login(board_head)
    urls = pages(first.site.root_page_id, portal.home.pk)
    few_built = time.perf_counter() - started
    few = run_round(clients, urls)
    started = time.perf_counter()
    add_portals(FEW, MANY, approver)
    many_built = time.perf_counter() - started
    many = run_round(clients, urls)
    print(
        f"Admin with member portals — {connection.vendor}, Django test client, DEBUG=0, {REPEAT} requests each"
    )
    print(
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; {FEW} portals built in "
        f"{few_built:.1f} s, {MANY - FEW} more in {many_built:.1f} s; load average {os.getloadavg()[0]:.1f}"
    )
    print()
    print(
        f"| who | page | {FEW} portals: median ms | p95 | queries | {MANY} portals: median ms | p95 | queries |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for who, label, url in urls:
        a, b = few[who, label], many[who, label]
        print(
            f"| {who} | {label} `{url}` | {a[0]:.1f} | {a[1]:.1f} | {a[2]} | {b[0]:.1f} | {b[1]:.1f} | {b[2]} |"
        )


if __name__ == "__main__":
    main()
