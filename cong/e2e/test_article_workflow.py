"""Journey 2: an updater drafts an article, the board's secretary sends it back with a comment, the updater
resubmits, the secretary and then the board head approve; the article is on its section page, in /rss/,
in the site search and in sitemap.xml, and every mail the workflow sent links to the served address."""

import re
import secrets
from urllib.parse import quote

import pytest

from . import admin
from .conftest import mail_text
from .guide import guide_shot
from .web import feed_items, sitemap_locations

pytestmark = pytest.mark.e2e

SECTION = "Tin tức – Sự kiện"
SECTION_PATH = "/tin-tuc-su-kien/"
COMMENT = "Đề nghị ghi rõ tổng mức đầu tư và đơn vị thi công."
URL = re.compile(r"https?://[^\s\"'<>]+")


def test_article_goes_through_review_and_reaches_every_public_listing(portal, sign_in, visitor):
    # A word no other demo page has, so that search and feed find this article and no other.
    marker = f"Nà Phặc {secrets.token_hex(2)}"
    title = f"Khánh thành cầu treo bản {marker}"

    updater = sign_in("capnhat")
    section = admin.section_id(updater, portal, SECTION)
    article = admin.new_article(
        updater, portal, section, title, "Cây cầu dài 120 mét nối hai bờ suối, thay cho bến đò ngang."
    )
    guide_shot(updater, "1-viet-tin")
    admin.more_actions(updater)  # the menu open on «Gửi duyệt», for the guide; then submit from it
    guide_shot(updater, "2-gui-duyet")
    with updater.expect_navigation():
        updater.click("footer button[name=action-submit]")
    assert "submitted for moderation" in admin.messages(updater) or "gửi duyệt" in admin.messages(updater)

    secretary = sign_in("thuky", "/quan-tri/")
    guide_shot(secretary, "3-cho-duyet")
    secretary.goto(portal.url(f"/quan-tri/pages/{article}/edit/"))
    admin.workflow_action(secretary, "reject", comment=COMMENT)

    # The updater sees why, completes the lead and resubmits.
    updater.goto(portal.url(f"/quan-tri/pages/{article}/edit/"))
    assert admin.workflow_comments(updater) == [COMMENT]
    updater.fill(
        "textarea[name=lead]",
        "Cầu dài 120 mét, tổng mức đầu tư 4,2 tỷ đồng, do Công ty Xây dựng Tân Lập thi công.",
    )
    admin.submit_for_review(updater)

    secretary.goto(portal.url(f"/quan-tri/pages/{article}/edit/"))
    admin.workflow_action(secretary, "approve")
    head = sign_in("truongban", f"/quan-tri/pages/{article}/edit/")
    admin.workflow_action(head, "approve")

    # Published: on the section page, and from there to the article.
    visitor.goto(portal.url(SECTION_PATH))
    link = visitor.get_by_role("link", name=title)
    link.first.click()
    visitor.wait_for_url(re.compile(re.escape(portal.url(SECTION_PATH)) + r".+"))
    article_url = visitor.url
    assert visitor.locator("h1").first.inner_text().strip() == title
    assert "Công ty Xây dựng Tân Lập" in visitor.content()

    # In the portal's feed, linking to the article at the served address.
    assert {"title": title, "link": article_url} in [
        {"title": item["title"], "link": item["link"]} for item in feed_items(portal.url("/rss/"))
    ]
    # In the site search.
    visitor.goto(portal.url(f"/tim-kiem/?q={quote(marker)}"))
    assert (
        visitor.locator(
            f"main a[href='{article_url.removeprefix(portal.base_url)}'], main a[href='{article_url}']"
        ).count()
        >= 1
    )
    # In sitemap.xml.
    assert article_url in sitemap_locations(portal.url("/sitemap.xml"))

    # The workflow's mails: the secretary was asked to review, the updater got the comment; every link
    # in them names the served address.
    mails = [m for m in portal.mails() if marker in (m["Subject"] or "") + mail_text(m)]
    to_secretary = [m for m in mails if "thuky@" in m["To"]]
    to_updater = [m for m in mails if "capnhat@" in m["To"]]
    assert to_secretary and to_updater
    assert any(COMMENT in mail_text(m) for m in to_updater)
    links = [url for m in mails for url in URL.findall(mail_text(m))]
    assert any(f"/quan-tri/pages/{article}/" in url for url in links)
    assert [url for url in links if not portal.served_hosts().match(url)] == []
