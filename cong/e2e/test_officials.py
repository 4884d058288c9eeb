"""Journey (issue 14): a visitor finds an official in the directory without typing diacritics and saves
their vCard, then reads a spokesperson's statement (LC-9.1.k, BK-3.3.g, LC-9.2, HG-8.3)."""

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cong.officials.tests.test_vcard import parse_vcard, unescape

from .conftest import skip_or_fail
from .test_html_and_accessibility import AXE_JS, VNU_JAR, WCAG_21_AA
from .web import fetch

pytestmark = pytest.mark.e2e


def test_visitor_searches_the_directory_downloads_a_vcard_and_reads_a_statement(portal, visitor):
    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Danh bạ", exact=True).click()
    visitor.wait_for_url(re.compile(r"/danh-ba/$"))
    search = visitor.get_by_role("search", name="Tìm trong danh bạ")
    search.get_by_label("Họ tên, chức vụ, đơn vị (có dấu hoặc không dấu)").fill("nguyen van")
    with visitor.expect_navigation():
        search.get_by_role("button", name="Tìm trong danh bạ").click()
    assert "q=nguyen+van" in visitor.url
    table = visitor.locator("main table")
    first = table.locator("tbody tr").first.locator("th").inner_text().strip()
    assert first.startswith("Nguyễn Văn"), first  # typed without diacritics, found with them
    assert "Trần" not in table.inner_text()

    with visitor.expect_download() as download_info:
        table.get_by_role("link", name=f"Tải vCard của {first}").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".vcf")
    properties = parse_vcard(Path(download.path()).read_bytes())
    values = {name: value for name, _params, value in properties}
    assert unescape(values["FN"]) == first and "@" in values["EMAIL"]

    visitor.goto(portal.url("/"))
    visitor.locator("footer").get_by_role("link", name="Phát ngôn", exact=True).click()
    visitor.wait_for_url(re.compile(r"/phat-ngon/$"))
    spokespersons = visitor.locator("section", has=visitor.get_by_role("heading", name="Người phát ngôn"))
    assert "Sở Tài chính" in spokespersons.inner_text()
    statements = visitor.locator(
        "section", has=visitor.get_by_role("heading", name="Phát ngôn, thông cáo báo chí")
    )
    link = statements.locator("h3 a").first
    title = link.inner_text().strip()
    link.click()
    visitor.wait_for_url(re.compile(r"/phat-ngon/\d+/$"))
    assert visitor.get_by_role("heading", level=1).inner_text().strip() == title
    facts = visitor.locator("main dl").inner_text()
    assert re.search(r"\d{2}/\d{2}/\d{4}", facts) and "Người ký" in facts and "Người phát ngôn" in facts


# One page of each of the app's page types, for the HTML checker and axe (as test_html_and_accessibility).
PAGE_TYPES = {
    "lãnh đạo": "/lanh-dao/",
    "một lãnh đạo": ("/lanh-dao/", r'href="(/lanh-dao/\d+/)"'),
    "danh bạ": "/danh-ba/?q=nguyen+van",
    "một người trong danh bạ": ("/danh-ba/", r'href="(/danh-ba/\d+/)"'),
    "phát ngôn": "/phat-ngon/?kind=xyz",
    "một phát ngôn": ("/phat-ngon/", r'href="(/phat-ngon/\d+/)"'),
    "người phát ngôn": "/phat-ngon/nguoi-phat-ngon/",
    "một người phát ngôn": ("/phat-ngon/", r'href="(/phat-ngon/nguoi-phat-ngon/\d+/)"'),
    "khen thưởng, xử lý vi phạm": "/khen-thuong-xu-ly/",
    "một quyết định": ("/khen-thuong-xu-ly/", r'href="(/khen-thuong-xu-ly/\d+/)"'),
}


@pytest.fixture(scope="module")
def officials_pages(portal):
    found = {}
    for name, spec in PAGE_TYPES.items():
        if isinstance(spec, str):
            found[name] = portal.url(spec)
            continue
        listing, pattern = spec
        link = re.search(pattern, fetch(portal.url(listing)).text)
        assert link, f"no link to a {name} on {listing}"
        found[name] = portal.url(html.unescape(link.group(1)))
    return found


def test_the_pages_pass_the_html_checker_and_axe(officials_pages, new_context, tmp_path):
    if not shutil.which("java") or not VNU_JAR.exists() or not AXE_JS.exists():
        skip_or_fail("Java, vnu-jar or axe-core is missing (see test_html_and_accessibility.py)")
    files = {}
    for number, (name, url) in enumerate(officials_pages.items()):
        response = fetch(url)
        assert response.status == 200, f"{name}: {url} answered {response.status}"
        files[f"page-{number}.html"] = f"{name} ({url})"
        (tmp_path / f"page-{number}.html").write_bytes(response.body)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *sorted(files)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files[m['url'].rsplit('/', 1)[-1]]}, line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert errors == [], "\n".join(errors)
    page = new_context(bypass_csp=True).new_page()
    violations = []
    for name, url in officials_pages.items():
        page.goto(url)
        page.add_script_tag(path=str(AXE_JS))
        found = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_21_AA,
        )
        violations += [
            f"{name}: {v['id']} — {v['help']}: {v['nodes'][0]['target']}" for v in found["violations"]
        ]
    assert violations == [], "\n".join(violations)
