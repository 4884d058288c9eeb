"""Journey (issue 14): a visitor reads the leaders' work schedule week by week, keeps one leader, and takes
that leader's calendar to a phone — an iCalendar file that a real parser (``icalendar``) reads, in which the
event the demo moved this week carries SEQUENCE 1 under the same UID."""

import re

import icalendar
import pytest

pytestmark = pytest.mark.e2e


def test_visitor_reads_the_week_goes_to_the_next_filters_a_leader_and_downloads_the_calendar(portal, visitor):
    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Lịch công tác").click()
    visitor.wait_for_url(re.compile(r"/lich-cong-tac/$"))
    main = visitor.locator("main")
    this_week = main.locator("nav.sched-weeknav h2").inner_text()
    assert "tuần này" in this_week
    assert "Giao ban Thường trực UBND tỉnh" in main.inner_text()
    assert "Đã hủy" in main.inner_text() and "Đã dời lịch" in main.inner_text()

    main.get_by_role("link", name="Tuần sau »").click()
    visitor.wait_for_url(re.compile(r"/lich-cong-tac/\?week=\d{4}-W\d{2}$"))
    next_week = main.locator("nav.sched-weeknav h2").inner_text()
    assert next_week != this_week and "tuần này" not in next_week
    assert "Đoàn công tác của Bộ Nông nghiệp và Môi trường" in main.inner_text()

    main.get_by_label("Lãnh đạo").select_option(label="Lê Văn Cường – Phó Chủ tịch Thường trực UBND tỉnh")
    main.get_by_role("button", name="Xem lịch").click()
    visitor.wait_for_url(re.compile(r"leader=le-van-cuong"))
    text = main.inner_text()
    assert main.locator("nav.sched-weeknav h2").inner_text() == next_week  # still the week chosen
    assert "Họp Ban Chỉ đạo chuyển đổi số tỉnh" in text and "Giao ban Thường trực UBND tỉnh" not in text

    with visitor.expect_download() as download:
        main.get_by_role("link", name="Tải lịch (.ics) của Lê Văn Cường").click()
    calendar = icalendar.Calendar.from_ical(open(download.value.path(), "rb").read())
    events = list(calendar.walk("VEVENT"))
    assert events and all(str(event["SUMMARY"]).startswith("Lê Văn Cường:") for event in events)
    assert len({str(event["UID"]) for event in events}) == len(events)
    # The conference cancelled this week stays in the calendar, cancelled, one published change later.
    cancelled = [event for event in events if str(event["STATUS"]) == "CANCELLED"]
    assert len(cancelled) == 1 and int(cancelled[0]["SEQUENCE"]) == 1

    # The feed of every leader holds the Chairman's visit moved this week: same UID, SEQUENCE 1.
    response = visitor.request.get(portal.url("/lich-cong-tac/lich.ics"))
    assert response.ok and response.headers["content-type"].startswith("text/calendar")
    everyone = icalendar.Calendar.from_ical(response.body())
    moved = [e for e in everyone.walk("VEVENT") if "Đã dời" in str(e.get("DESCRIPTION", ""))]
    assert len(moved) == 1 and int(moved[0]["SEQUENCE"]) == 1 and str(moved[0]["STATUS"]) == "CONFIRMED"


PAGES = (
    "/lich-cong-tac/",
    "/lich-cong-tac/?q=hop",
    "/lich-cong-tac/?week=2026-W60",
    ("/lich-cong-tac/", r'href="(/lich-cong-tac/\d+/)"'),
    "/giay-moi-hop/",
    ("/giay-moi-hop/", r'href="(/giay-moi-hop/\d+/)"'),
    "/lich-tiep-cong-dan/",
    ("/lich-tiep-cong-dan/", r'href="(/lich-tiep-cong-dan/\d+/)"'),
)


def _pages(portal) -> list[str]:
    from .web import fetch

    urls = []
    for spec in PAGES:
        if isinstance(spec, str):
            urls.append(portal.url(spec))
        else:
            listing, pattern = spec
            link = re.search(pattern, fetch(portal.url(listing)).text)
            assert link, f"no link matching {pattern} on {listing}"
            urls.append(portal.url(link.group(1)))
    return urls


def test_the_schedule_pages_pass_the_html_checker_and_axe(portal, new_context, tmp_path):
    """Each page of the three registers (week, search, bad week, detail; invitations; reception): no error of
    the Nu HTML checker, no WCAG 2.1 A/AA violation found by axe-core."""
    import json
    import shutil
    import subprocess

    from .conftest import skip_or_fail
    from .test_html_and_accessibility import AXE_JS, VNU_JAR, WCAG_21_AA
    from .web import fetch

    if not shutil.which("java") or not VNU_JAR.exists() or not AXE_JS.exists():
        skip_or_fail("Java, vnu-jar or axe-core is missing (see cong/e2e/test_html_and_accessibility.py)")
    urls = _pages(portal)
    for number, url in enumerate(urls):
        response = fetch(url)
        assert response.status == 200, url
        (tmp_path / f"page-{number}.html").write_bytes(response.body)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
         *(f"page-{n}.html" for n in range(len(urls)))],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    errors = [m for m in json.loads(result.stderr or result.stdout)["messages"] if m.get("type") == "error"]
    assert errors == [], errors
    page = new_context(bypass_csp=True).new_page()
    violations = []
    for url in urls:
        page.goto(url)
        page.add_script_tag(path=str(AXE_JS))
        found = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_21_AA,
        )
        violations += [f"{url}: {v['id']} — {v['help']}" for v in found["violations"]]
    assert violations == [], "\n".join(violations)
