"""Posting clocks from the profile (BK-7.1.c, LC-12.1.c), consultation deadlines by the working-day clock
(LC-9.1.i), closing by the task, the compiled table of comments (HG-8.4), admin screens, query counts."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cong.core.clock import TZ, working_calendar
from cong.core.clocks import posting_status, stop_clock
from cong.legal.actions import (
    approve_comment,
    close_due_consultations,
    posting_clocks,
    receive_comment,
    reject_comment,
)
from cong.legal.exports import build_docx, build_odt, build_xlsx, grouped_comments
from cong.legal.models import Consultation, LegalDocument

from .factories import ISSUED, make_consultation, make_document

pytestmark = pytest.mark.django_db


def at(day, hour=9, minute=0):
    return dt.datetime(2024, 3, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    ("profile", "duty", "due_day"),
    [
        ("bac-kan", "issuer", 7),  # 2 working days (BK-7.1.c¶2)
        ("bac-kan", "affected", 19),  # 10 working days (BK-7.1.c¶3)
        ("lai-chau", "issuer", 7),  # 2 working days (LC-12.1.c)
        ("lai-chau", "affected", 15),  # 8 working days (LC-12.1.c)
    ],
)
def test_posting_clock_comes_from_the_profile(settings, profile, duty, due_day):
    settings.CONG_PROFILE = profile
    document = make_document(publish=False, issued_on=ISSUED, posting_duty=duty)
    clock = posting_clocks([document])[document.pk]
    assert timezone.localtime(clock.due_at) == dt.datetime(2024, 3, due_day, 17, 0, tzinfo=TZ)
    assert clock.source.startswith("BK-7.1.c" if profile == "bac-kan" else "LC-12.1.c")


def test_posting_status_due_on_time_and_late(settings):
    settings.CONG_PROFILE = "bac-kan"
    calendar = working_calendar()
    document = make_document(publish=False, issued_on=ISSUED)
    clock = posting_clocks([document])[document.pk]
    status = posting_status(clock, calendar, now=at(6))
    assert (status.state, status.days) == ("due", 2)
    assert status.label.startswith("Còn 2 ngày làm việc")
    assert posting_status(clock, calendar, now=at(8)).state == "overdue"
    stop_clock(clock, at=at(7, 16))
    assert posting_status(clock, calendar).label.startswith("Đăng đúng hạn")
    clock.stopped_at = at(11, 10)  # Monday after the Thursday deadline
    status = posting_status(clock, calendar)
    assert (status.state, status.days) == ("late", 2)  # Friday 8 and Monday 11


def test_publishing_stops_the_clock_and_a_new_issue_date_restarts_it():
    document = make_document(publish=False, issued_on=ISSUED)
    first = posting_clocks([document])[document.pk]
    document.issued_on = dt.date(2024, 3, 12)
    document.save()
    second = posting_clocks([document])[document.pk]
    assert second.pk != first.pk and second.event == dt.date(2024, 3, 12)
    from cong.legal.actions import publish_document

    publish_document(document, acting_user=None)
    second.refresh_from_db()
    assert second.stopped_at is not None
    assert posting_status(second, working_calendar()).state == "late"  # published today, long after 2024


def test_metadata_only_records_have_no_posting_clock():
    document = make_document(publish=False, metadata_only=True, posting_duty="none", with_file=False)
    assert posting_clocks([document]) == {}


def test_consultation_deadline_in_working_days_uses_the_clock():
    consultation = make_consultation(opens_at=at(4, 10), closes_at=None, period_working_days=5)
    # Counting starts the next working day (Tuesday 5) and ends at the close of day 5 (Monday 11).
    assert timezone.localtime(consultation.closes_at) == dt.datetime(2024, 3, 11, 17, 0, tzinfo=TZ)


def test_close_due_consultations_action_and_periodic_job(portal):
    past = make_consultation(
        opens_at=timezone.now() - dt.timedelta(days=9), closes_at=timezone.now() - dt.timedelta(hours=1)
    )
    current = make_consultation(title="Dự thảo khác", slug="khac")
    assert close_due_consultations(acting_user=None) == 1
    past.refresh_from_db()
    current.refresh_from_db()
    assert past.closed_at is not None and current.closed_at is None
    out = io.StringIO()
    call_command("scheduler", "--run", "close-due-consultations", stdout=out)  # nothing left to close
    assert "đã đóng 0 dự thảo" in out.getvalue()
    assert Consultation.objects.filter(closed_at__isnull=False).count() == 1


@pytest.fixture
def commented(portal):
    consultation = make_consultation()
    approved = []
    for name, article, text in [
        ("Trần Văn Ba", "Điều 3", "Rút thời hạn xuống 7 ngày làm việc."),
        ("Công ty Hòa Bình", "Điều 3", "Đề nghị giữ 10 ngày."),
        ("Lê Thị Tư", "", "Dự thảo cần định nghĩa rõ “phản ánh”."),
        ("Phạm Năm", "Điều 1", "Bổ sung phạm vi cho cấp xã."),
    ]:
        comment = receive_comment(
            consultation, acting_user=None, name=name, email=f"{len(name)}@ex.vn", text=text, article=article
        )
        approve_comment(comment, acting_user=None)
        approved.append(comment)
    rejected = receive_comment(
        consultation,
        acting_user=None,
        name="Spam",
        email="s@ex.vn",
        text="Quảng cáo bán hàng",
        article="Điều 3",
    )
    reject_comment(rejected, acting_user=None, note="Quảng cáo")
    receive_comment(consultation, acting_user=None, name="Chờ duyệt", email="c@ex.vn", text="Chưa duyệt")
    return consultation


def test_grouping_by_article_with_counts(commented):
    groups = grouped_comments(commented)
    assert [(g.label.split(".")[0], len(g.comments)) for g in groups] == [
        ("Góp ý chung", 1), ("Điều 1", 1), ("Điều 3", 2)
    ]  # fmt: skip


def test_exports_contain_every_approved_comment_and_no_other(commented):
    import docx
    import openpyxl
    from odf import teletype
    from odf.opendocument import load
    from odf.text import P

    docx_text = "\n".join(
        [p.text for p in docx.Document(io.BytesIO(build_docx(commented))).paragraphs]
        + [
            c.text
            for t in docx.Document(io.BytesIO(build_docx(commented))).tables
            for r in t.rows
            for c in r.cells
        ]
    )
    odt = load(io.BytesIO(build_odt(commented)))
    odt_text = "\n".join(teletype.extractText(p) for p in odt.getElementsByType(P))
    book = openpyxl.load_workbook(io.BytesIO(build_xlsx(commented)))
    xlsx_text = "\n".join(
        str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
    )
    for text in (docx_text, odt_text, xlsx_text):
        for expected in (
            "Rút thời hạn xuống 7 ngày làm việc.",
            "Đề nghị giữ 10 ngày.",
            "Bổ sung phạm vi cho cấp xã.",
        ):
            assert expected in text
        assert "Quảng cáo bán hàng" not in text and "Chưa duyệt" not in text
        assert "@ex.vn" not in text  # emails are never exported
    summary = {
        row[0].split(".")[0]: row[1]
        for row in book["Tổng hợp ý kiến"].iter_rows(values_only=True)
        if row and isinstance(row[-1], int)
    }
    assert summary == {"Góp ý chung": 1, "Điều 1": 1, "Điều 3": 2, "Tổng cộng": 4}


def test_export_permissions(client, django_user_model, commented):
    url = f"/quan-tri/lay-y-kien/{commented.pk}/tong-hop.xlsx"
    assert client.get(url).status_code == 302  # to the login page
    admin = django_user_model.objects.create_superuser("quantri", "qt@ex.vn", "Mat-khau-Manh-2026")
    client.force_login(admin)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    assert client.get(f"/quan-tri/lay-y-kien/{commented.pk}/tong-hop.pdf").status_code == 404


def test_admin_screens_and_moderation(client, django_user_model, commented):
    from cong.legal.models import Comment

    admin = django_user_model.objects.create_superuser("quantri", "qt@ex.vn", "Mat-khau-Manh-2026")
    client.force_login(admin)
    assert client.get("/quan-tri/snippets/legal/legaldocument/add/").status_code == 200
    page = client.get("/quan-tri/lay-y-kien/kiem-duyet/")
    assert page.status_code == 200 and "Chưa duyệt" in page.content.decode()
    pending = Comment.objects.get(status="pending")
    client.post("/quan-tri/lay-y-kien/kiem-duyet/", {"comment": pending.pk, "decision": "approve"})
    pending.refresh_from_db()
    assert pending.status == "approved" and pending.moderated_by == admin


def test_admin_form_refuses_duplicate_with_link(django_user_model):
    from cong.legal.wagtail_hooks import LegalDocumentViewSet

    existing = make_document(number="17/2018/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Bắc Kạn")
    form_class = LegalDocumentViewSet(name="t").get_edit_handler().get_form_class()
    data = {
        "kind": "quyet-dinh", "number": "17/2018/QĐ-UBND ", "issuer": "UBND tỉnh Bắc Kạn", "issuer_level": "provincial",
        "summary": "Trùng", "status": "in_force", "posting_duty": "issuer",
        "files-TOTAL_FORMS": "0", "files-INITIAL_FORMS": "0", "files-MIN_NUM_FORMS": "0", "files-MAX_NUM_FORMS": "1000",
        "relations-TOTAL_FORMS": "0", "relations-INITIAL_FORMS": "0", "relations-MIN_NUM_FORMS": "0",
        "relations-MAX_NUM_FORMS": "1000",
    }  # fmt: skip
    form = form_class(data, instance=LegalDocument(), for_user=django_user_model(is_superuser=True))
    assert not form.is_valid()
    message = str(form.errors["number"][0])
    assert f"/quan-tri/snippets/legal/legaldocument/edit/{existing.pk}/" in message


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_public_pages_run_a_bounded_number_of_queries(client, portal):
    from cong.legal.models import DocumentRelation

    def build(total):
        LegalDocument.objects.all().delete()
        documents = [
            make_document(number=f"{i}/2024/QĐ-UBND", issued_on=ISSUED, summary=f"Quy chế {i}")
            for i in range(total)
        ]
        first = documents[0]
        for other in documents[1:]:
            other.relations.add(DocumentRelation(kind="based_on", target=first))
            other.save()
        return first

    counts = []
    for total in (3, 25):
        first = build(total)
        counts.append(
            (
                count_queries(client, "/van-ban/"),
                count_queries(client, "/van-ban/?q=quy+che"),
                count_queries(client, f"/van-ban/{first.pk}/"),
                count_queries(client, "/api/v1/legal-documents/"),
            )
        )
    assert counts[0] == counts[1], counts
