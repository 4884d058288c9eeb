"""Public pages: the document register, a document's page, the gazette, consultations with comments.

Provisions: BK-3.3.e, BK-3.3.l, BK-3.3.n, KT-10.1, KT-10.6, ST-11.2, ST-23.1, LC-9.1.e, LC-9.1.g,
LC-9.1.i, HG-2.3.d, ND43-10.e, ND43-10.g, ND43-10.i.
"""

import datetime as dt
import json
import re

import pytest
from django.utils import timezone

from cong.legal.actions import approve_comment, publish_document, receive_comment, reject_comment
from cong.legal.models import Comment, DocumentRelation, GazetteIssue, GazetteItem, LegalField

from .factories import make_consultation, make_document, make_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(portal):
    land = LegalField.objects.create(name="Đất đai")
    old = make_document(number="307/2010/QĐ-UBND", summary="Ban hành Quy chế hoạt động Cổng Thông tin điện tử",
                        issued_on=dt.date(2010, 2, 8), effective_on=dt.date(2010, 2, 18))  # fmt: skip
    new = make_document(
        number="17/2018/QĐ-UBND",
        summary="Ban hành Quy chế tổ chức, hoạt động của Cổng Thông tin điện tử tỉnh",
        issued_on=dt.date(2018, 7, 31),
        effective_on=dt.date(2018, 8, 10),
        full_text="Điều 2. Quyết định này có hiệu lực thi hành từ ngày 10 tháng 8 năm 2018 về bồi thường đất đai.",
        publish=False,
    )
    new.relations.add(DocumentRelation(kind="replaces", target=old, cited_number=old.number))
    new.fields.add(land)
    new.save()
    publish_document(new, acting_user=None)
    directive = make_document(kind="chi-thi", number="05/CT-UBND", issuer="Ủy ban nhân dân tỉnh Lai Châu",
                              summary="Về tăng cường kỷ cương hành chính", issued_on=dt.date(2021, 3, 2),
                              effective_on=dt.date(2021, 3, 2))  # fmt: skip
    draft = make_document(number="99/2024/QĐ-UBND", summary="Bản nháp chưa xuất bản", publish=False)
    return {"old": old, "new": new, "directive": directive, "draft": draft}


def numbers(response):
    return re.findall(r'<th scope="row"><a href="/van-ban/\d+/">([^<]+)</a>', response.content.decode())


def test_list_shows_published_documents_only(client, documents):
    response = client.get("/van-ban/")
    assert response.status_code == 200
    assert numbers(response) == ["05/CT-UBND", "17/2018/QĐ-UBND", "307/2010/QĐ-UBND"]
    assert "Bản nháp" not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=boi+thuong+dat+dai", ["17/2018/QĐ-UBND"]),  # full text, no diacritics
        ("q=bồi+thường", ["17/2018/QĐ-UBND"]),
        ("q=ky+cuong", ["05/CT-UBND"]),  # summary
        ("q=17/2018/QĐ-UBND", ["17/2018/QĐ-UBND"]),  # number
        ("kind=chi-thi", ["05/CT-UBND"]),
        ("issuer=Ủy+ban+nhân+dân+tỉnh+Lai+Châu", ["05/CT-UBND"]),
        ("issuer=UBND+tinh+Lai+Chau", ["05/CT-UBND"]),
        ("year=2010", ["307/2010/QĐ-UBND"]),
        ("field=dat-dai", ["17/2018/QĐ-UBND"]),
        ("status=expired", ["307/2010/QĐ-UBND"]),
        ("q=khong+co+gi+nhu+the", []),
    ],
)
def test_list_filters_and_search(client, documents, query, expected):
    response = client.get(f"/van-ban/?{query}")
    assert response.status_code == 200
    assert numbers(response) == expected


def test_bad_filter_values_give_a_message_not_an_error(client, documents):
    response = client.get("/van-ban/?year=abc&page=xyz")
    assert response.status_code == 200
    assert "Năm “abc” không hợp lệ" in response.content.decode()
    assert client.get("/van-ban/?page=99").status_code == 404


def test_document_page_metadata_relations_both_ways_and_json_ld(client, documents):
    new, old = documents["new"], documents["old"]
    page = client.get(f"/van-ban/{new.pk}/").content.decode()
    assert "Thay thế" in page and f'href="/van-ban/{old.pk}/"' in page
    assert "Đất đai" in page and "Tệp văn bản" in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "17/2018/QĐ-UBND"
    assert data["legislationDate"] == "2018-07-31"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    assert data["legislationChanges"][0]["legislationIdentifier"] == "307/2010/QĐ-UBND"
    assert data["encoding"][0]["contentUrl"].startswith("http")
    old_page = client.get(f"/van-ban/{old.pk}/").content.decode()
    assert "Bị thay thế bởi" in old_page and f'href="/van-ban/{new.pk}/"' in old_page
    assert "Hết hiệu lực" in old_page
    assert "NotInForce" in old_page


def test_draft_document_page_is_not_public(client, documents):
    assert client.get(f"/van-ban/{documents['draft'].pk}/").status_code == 404


def test_feeds(client, documents):
    rss = client.get("/van-ban/rss/")
    assert rss.status_code == 200 and b"<rss" in rss.content and "17/2018/QĐ-UBND".encode() in rss.content
    atom = client.get("/van-ban/atom/")
    assert atom.status_code == 200 and b'xmlns="http://www.w3.org/2005/Atom"' in atom.content
    assert "Bản nháp".encode() not in atom.content


def test_gazette_year_listing_and_issue_page(client, documents):
    issue = GazetteIssue(number="15", year=2018, published_on=dt.date(2018, 8, 5), file=make_file("cb15.pdf"))
    issue.items.add(GazetteItem(document=documents["new"], pages="3-10"))
    issue.items.add(GazetteItem(document=documents["draft"]))  # not public: not listed
    issue.save()
    issue.save_revision().publish()
    listing = client.get("/cong-bao/").content.decode()
    assert "Công báo điện tử — năm 2018" in listing and "/cong-bao/2018/15/" in listing
    page = client.get("/cong-bao/2018/15/").content.decode()
    assert "17/2018/QĐ-UBND" in page and documents["new"].summary in page and "3-10" in page
    assert "Bản nháp" not in page
    assert "cb15" in page
    assert client.get("/cong-bao/2018/99/").status_code == 404
    assert "Công báo số 15/2018" in client.get(f"/van-ban/{documents['new'].pk}/").content.decode()


def test_consultation_comment_moderated_email_never_shown(client, portal):
    consultation = make_consultation()
    page = client.get(consultation.get_absolute_url())
    assert page.status_code == 200
    body = page.content.decode()
    assert "stp@hoason.gov.vn" in body and "Số 1 đường Trần Phú" in body  # LC-9.1.i contact
    assert "Điều 3. Thời hạn xử lý" in body  # full text and article choice
    response = client.post(
        consultation.get_absolute_url(),
        {
            "name": "Nguyễn Thị Hoa",
            "email": "hoa@example.vn",
            "article": "Điều 3",
            "text": "Nên rút xuống 7 ngày.",
        },
    )
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    followed = client.get(response.url).content.decode()
    assert comment.reference in followed
    assert "Nên rút xuống 7 ngày." not in followed  # not shown before moderation
    approve_comment(comment, acting_user=None)
    shown = client.get(consultation.get_absolute_url()).content.decode()
    assert "Nên rút xuống 7 ngày." in shown and "Nguyễn Thị Hoa" in shown
    assert "hoa@example.vn" not in shown


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "A", "email": "a@b.vn", "text": "   "}, "Nội dung góp ý không được để trống."),
        ({"name": "A", "email": "a@b.vn", "text": "x" * 5001}, "tối đa 5000 ký tự"),
        ({"name": "A", "email": "khong-phai-email", "text": "Góp ý"}, "Địa chỉ thư điện tử không hợp lệ."),
        ({"name": "A", "email": "a@b.vn", "text": "Góp ý", "article": "Điều 99"}, "Điều 99"),
    ],
)
def test_bad_comments_are_refused_with_a_message(client, portal, data, message):
    consultation = make_consultation()
    response = client.post(consultation.get_absolute_url(), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Comment.objects.count() == 0


def test_form_closes_at_the_deadline(client, portal):
    consultation = make_consultation(
        opens_at=timezone.now() - dt.timedelta(days=20), closes_at=timezone.now() - dt.timedelta(minutes=1)
    )
    page = client.get(consultation.get_absolute_url()).content.decode()
    assert "Đã hết thời hạn góp ý" in page and '<form method="post" class="comment-form"' not in page
    response = client.post(consultation.get_absolute_url(), {"name": "A", "email": "a@b.vn", "text": "Muộn"})
    assert response.status_code == 400
    assert "Đã hết thời hạn góp ý" in response.content.decode()
    assert Comment.objects.count() == 0


def test_rejected_comment_is_kept_but_never_shown(client, portal):
    consultation = make_consultation()
    comment = receive_comment(
        consultation, acting_user=None, name="B", email="b@b.vn", text="Nội dung quảng cáo"
    )
    reject_comment(comment, acting_user=None, note="Quảng cáo")
    assert Comment.objects.filter(status="rejected").count() == 1
    assert "Nội dung quảng cáo" not in client.get(consultation.get_absolute_url()).content.decode()


def test_consultation_list(client, portal):
    open_one = make_consultation(title="Dự thảo đang mở")
    make_consultation(title="Dự thảo đã đóng", slug="da-dong", opens_at=timezone.now() - dt.timedelta(days=30),
                      closes_at=timezone.now() - dt.timedelta(days=1))  # fmt: skip
    body = client.get("/lay-y-kien/").content.decode()
    assert body.index("Dự thảo đang mở") < body.index("Đã hết hạn góp ý") < body.index("Dự thảo đã đóng")
    assert open_one.get_absolute_url() in body
