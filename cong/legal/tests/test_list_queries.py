"""Lists of legal documents run as many queries for 300 documents as for 10: the admin list
(/quan-tri/snippets/legal/legaldocument/) and a member portal's /van-ban/ with its filter dropdowns."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, Site

from cong.agencies.models import Agency
from cong.legal.models import LegalDocument, LegalField, PostingObligation

pytestmark = pytest.mark.django_db

ADMIN_LIST_QUERY_BOUND = 40
MEMBER_LIST_QUERY_BOUND = 20
KINDS = ("quyet-dinh", "nghi-quyet", "chi-thi", "ke-hoach")
ISSUERS = ("Ủy ban nhân dân tỉnh Hòa Sơn", "Hội đồng nhân dân tỉnh Hòa Sơn", "Sở Tài chính")


def build_documents(count: int, *, agency: Agency | None = None) -> list[LegalDocument]:
    """``count`` published documents of several kinds, issuers, years, statuses and fields; with ``agency``,
    each posted on its member portal. Bulk-created: ``LegalDocument.save`` moves clocks and folds the text
    (a few queries a document), which no list reads, and 300 of them would take seconds."""
    start = LegalDocument.objects.count()
    fields = [
        LegalField.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in (("tai-chinh", "Tài chính"), ("dat-dai", "Đất đai"), ("giao-duc", "Giáo dục"))
    ]
    documents = LegalDocument.objects.bulk_create(
        LegalDocument(
            kind=KINDS[i % len(KINDS)],
            number=f"{i}/{2020 + i % 5}/QĐ-UBND",
            number_key=f"{i}/{2020 + i % 5}/qd-ubnd",
            issuer=ISSUERS[i % len(ISSUERS)],
            issuer_key=f"issuer-{i % len(ISSUERS)}",
            summary=f"Văn bản thứ {i}",
            issued_on=dt.date(2020 + i % 5, 1 + i % 12, 1 + i % 28),
            status=LegalDocument.Status.choices[i % 3][0],
            live=True,
            first_published_at=timezone.now(),
        )
        for i in range(start, start + count)
    )
    LegalDocument.fields.through.objects.bulk_create(
        LegalDocument.fields.through(legaldocument=document, legalfield=fields[i % len(fields)])
        for i, document in enumerate(documents)
    )
    if agency is not None:
        PostingObligation.objects.bulk_create(
            PostingObligation(
                document=document,
                agency=agency,
                role=PostingObligation.Role.AFFECTED,
                posted_at=timezone.now(),
            )
            for document in documents
        )
    return documents


def count_queries(client, url: str, **extra) -> tuple[int, str]:
    client.get(url, **extra)  # fills the per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_admin_list_of_documents_does_not_grow_with_documents(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x"))
    url = "/quan-tri/snippets/legal/legaldocument/"
    build_documents(10)
    at_10, page = count_queries(client, url)
    assert "Nghị quyết 1/2021/QĐ-UBND" in page
    build_documents(290)
    at_300, page = count_queries(client, url)
    assert "299/2024/QĐ-UBND" in page  # the newest (issued 20/12/2024) heads the list
    print(f"admin document list queries: {at_10} at 10 documents, {at_300} at 300")
    assert at_300 == at_10, (at_10, at_300)
    assert at_10 <= ADMIN_LIST_QUERY_BOUND, at_10


def test_member_portal_list_and_its_filter_options_do_not_grow_with_documents(client, portal, settings):
    """A member portal lists the documents its agency posted; its dropdowns offer the kinds, issuers, years
    and fields of those documents only, from a bounded number of queries."""
    settings.ALLOWED_HOSTS = [".hoason.gov.vn", "testserver"]
    site = Site.objects.create(hostname="sotc.hoason.gov.vn", port=80, root_page=Page.get_first_root_node())
    agency = Agency.objects.create(code="sotc", name="Sở Tài chính", site=site)
    host = {"HTTP_HOST": "sotc.hoason.gov.vn"}
    LegalDocument.objects.create(  # posted by no one: neither listed nor offered in the dropdowns
        kind="luat", number="99/2015/QH13", issuer="Quốc hội", summary="Luật khác", live=True
    )
    build_documents(10, agency=agency)
    at_10, page = count_queries(client, "/van-ban/", **host)
    assert "Văn bản thứ 1" in page and "Luật khác" not in page and "Quốc hội" not in page
    build_documents(290, agency=agency)
    at_300, page = count_queries(client, "/van-ban/?kind=nghi-quyet&year=2021", **host)
    assert ">81/2021/QĐ-UBND<" in page and "Văn bản thứ 82" not in page  # the filters apply
    print(f"member portal /van-ban/ queries: {at_10} at 10 documents, {at_300} at 300")
    assert at_300 == at_10, (at_10, at_300)
    assert at_10 <= MEMBER_LIST_QUERY_BOUND, at_10
