"""The information-provision form (BK-6.1, BK appendix): submit, follow the status, print with the four
signature blocks; refused attachments are named and the rest of the form is kept."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfReader

from cong.editorial.models import InformationSubmission

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_with_gps():
    image = Image.new("RGB", (40, 30), (10, 120, 50))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (21.0, 50.0, 0.0)}  # GPS IFD
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


@pytest.fixture
def intake(newsroom):
    return newsroom.portal.section("Tin từ các sở, ngành", slug="tin-tu-so-nganh")


def form_data(intake, **extra):
    data = {
        "sender_name": "Nguyễn Thị Hoa",
        "title": "Hội nghị tập huấn quyết toán ngân sách xã",
        "lead": "Sở Tài chính tổ chức tập huấn cho kế toán xã.",
        "content": "Ngày 20/11, Sở Tài chính tổ chức hội nghị.\nCó 150 đại biểu tham dự.",
        "proposed_section": intake.pk,
    }
    data.update(extra)
    return data


def test_agency_account_submits_a_form_that_becomes_a_draft_in_the_workflow(newsroom, intake, client):
    client.force_login(newsroom.user("editor_a"))
    page = client.get("/quan-tri/phieu/moi/").content.decode()
    assert "Sở Tài chính" in page and "6. Đề nghị đăng mục" in page
    response = client.post(
        "/quan-tri/phieu/moi/",
        {
            **form_data(intake),
            "documents": [SimpleUploadedFile("ke-hoach.pdf", PDF, "application/pdf")],
            "photos": [SimpleUploadedFile("hoi-nghi.jpg", png_with_gps(), "image/jpeg")],
        },
    )
    submission = InformationSubmission.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/phieu/{submission.pk}/")
    article = submission.article
    assert article is not None and not article.live and article.get_parent().pk == intake.pk
    assert article.current_workflow_task.name == "Thư ký Ban Biên tập xem xét"
    assert article.source == "Sở Tài chính" and article.authors == "Nguyễn Thị Hoa"
    assert sorted(f.original_name for f in submission.files.all()) == ["hoi-nghi.jpg", "ke-hoach.pdf"]
    photo = submission.files.get(kind="image").image
    assert "exif" not in Image.open(photo.file).info  # GPS stripped
    detail = client.get(f"/quan-tri/phieu/{submission.pk}/").content.decode()
    assert "Đang duyệt" in detail and "Thư ký Ban Biên tập xem xét" in detail


def test_disguised_attachment_is_refused_by_name_and_the_form_is_kept(newsroom, intake, client):
    client.force_login(newsroom.user("editor_a"))
    client.post(
        "/quan-tri/phieu/moi/",
        {
            **form_data(intake),
            "documents": [
                SimpleUploadedFile("bao-cao.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200, "application/pdf"),
                SimpleUploadedFile("ke-hoach.pdf", PDF, "application/pdf"),
            ],
        },
    )
    submission = InformationSubmission.objects.get()
    assert [f.original_name for f in submission.files.all()] == ["ke-hoach.pdf"]
    assert len(submission.refused_files) == 1 and "bao-cao.pdf" in submission.refused_files[0]["reason"]
    assert submission.title == "Hội nghị tập huấn quyết toán ngân sách xã" and submission.article is not None


def test_missing_fields_keep_what_was_typed(newsroom, intake, client):
    client.force_login(newsroom.user("editor_a"))
    response = client.post("/quan-tri/phieu/moi/", form_data(intake, title=""))
    assert response.status_code == 200 and InformationSubmission.objects.count() == 0
    html = response.content.decode()
    assert "Nguyễn Thị Hoa" in html and 'role="alert"' in html


def test_status_follows_the_workflow_and_the_pdf_carries_the_signatures(newsroom, intake, client):
    from cong.editorial.submissions import submission_status, submit_information

    submission = submit_information(
        acting_user=newsroom.user("editor_a"), data={**form_data(intake), "proposed_section": intake}
    )
    article = submission.article
    state = article.current_workflow_task_state.specific
    state.task.specific.on_action(state, newsroom.user("secretary"), "reject", comment="Thiếu ảnh minh họa.")
    status = submission_status(submission)
    assert status.code == "sent_back" and "Thiếu ảnh minh họa" in status.detail

    article.refresh_from_db()
    article.save_revision(user=newsroom.user("editor_a"))
    article.get_workflow().start(
        article, newsroom.user("editor_a")
    ) if article.current_workflow_state is None else article.current_workflow_state.resume(
        newsroom.user("editor_a")
    )
    for reviewer in ("secretary", "leader"):
        article.refresh_from_db()
        state = article.current_workflow_task_state.specific
        state.task.specific.on_action(state, newsroom.user(reviewer), "approve")
    status = submission_status(submission)
    assert status.code == "published" and status.url.endswith(
        "/tin-tu-so-nganh/hoi-nghi-tap-huan-quyet-toan-ngan-sach-xa/"
    )

    client.force_login(newsroom.user("editor_a"))
    response = client.get(f"/quan-tri/phieu/{submission.pk}/pdf/")
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(
        "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages).split()
    )
    for expected in (
        "PHIẾU CUNG CẤP THÔNG TIN",
        "Sở Tài chính",
        "Nguyễn Thị Hoa",
        "THƯ KÝ BAN BIÊN TẬP",
        "LÃNH ĐẠO BAN BIÊN TẬP",
        "thuky",
        "truongban",
    ):
        assert expected in text, expected


def test_other_agencies_cannot_read_a_form(newsroom, intake, client):
    from cong.editorial.submissions import submit_information

    submission = submit_information(
        acting_user=newsroom.user("editor_a"), data={**form_data(intake), "proposed_section": intake}
    )
    client.force_login(newsroom.user("editor_b"))
    assert client.get(f"/quan-tri/phieu/{submission.pk}/").status_code == 404
    client.force_login(newsroom.user("updater"))  # a provincial account without an agency
    assert client.get("/quan-tri/phieu/moi/").status_code == 302
