"""Records of the citizens' channel: questions (câu hỏi), petitions (phản ánh, kiến nghị), answers.

A petition on administrative regulations is a ``Question`` of kind ``petition``: the same reception,
routing, clocks and publication (KT-2.3, BK-3.3.k). Changes of state are made only by the functions of
``cong.citizens.actions``; never set ``status`` by hand.

Personal data of the asker (LC-3.5, TT25) sits in the fields listed in ``PERSONAL_FIELDS``; public pages,
feeds and the API show ``public_name`` and ``district`` only.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from wagtail.search import index

from cong.core.search import index_words
from cong.core.storage import PrivateStorage, random_name
from cong.core.text import words

# Unambiguous letters and digits (no 0/O, 1/I/L): the asker copies the code by hand.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12  # 31**12 ≈ 8·10**17: not guessable within the lookup rate limit


def new_lookup_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(raw: str) -> str:
    """What the asker typed, as stored: upper case, spaces and dashes ignored; "" when malformed."""
    cleaned = "".join(ch for ch in (raw or "").upper() if ch.isalnum())
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        return ""
    return f"{cleaned[:4]}-{cleaned[4:8]}-{cleaned[8:]}"


class Field(models.Model):
    """Lĩnh vực: the field a question belongs to, for routing, filters and reports (ST-24.4)."""

    name = models.CharField("tên lĩnh vực", max_length=120, unique=True)
    slug = models.SlugField("mã", max_length=60, unique=True)
    order = models.PositiveIntegerField("thứ tự", default=100)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực hỏi – đáp"

    def __str__(self) -> str:
        return self.name


class QuestionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Question.Status.PUBLISHED)

    def petitions(self):
        return self.filter(kind=Question.Kind.PETITION)

    def open(self):
        """Still waiting for the agency: routed, returned or under a progress notice."""
        return self.filter(status__in=Question.OPEN_STATUSES)

    def overdue(self, now=None):
        return self.open().filter(answer_due_at__lt=now or timezone.now())


class Question(index.Indexed, models.Model):
    """Câu hỏi hoặc phản ánh, kiến nghị of a person or organisation, from reception to publication."""

    class Kind(models.TextChoices):
        QUESTION = "question", "Câu hỏi"
        PETITION = "petition", "Phản ánh, kiến nghị"

    class AskerType(models.TextChoices):
        INDIVIDUAL = "individual", "Cá nhân"
        ORGANISATION = "organisation", "Tổ chức, doanh nghiệp"

    class Status(models.TextChoices):
        RECEIVED = "received", "Đã tiếp nhận, chờ phân loại"
        ROUTED = "routed", "Đã chuyển cơ quan có thẩm quyền"
        RETURNED = "returned", "Cơ quan trả lại: không thuộc thẩm quyền"
        PROGRESS = "progress", "Đã thông báo tiến độ xử lý"
        ANSWERED = "answered", "Đã trả lời, chờ đăng"
        PUBLISHED = "published", "Đã đăng câu trả lời"
        CLOSED = "closed", "Đã trả lời trực tiếp người hỏi"
        REFUSED = "refused", "Không tiếp nhận"

    class Refusal(models.TextChoices):
        VIOLATION = "violation", "Vi phạm quy định về nội dung thông tin"
        COMPLAINT = "complaint", "Là khiếu nại, tố cáo"
        OUT_OF_SCOPE = "out_of_scope", "Không thuộc thẩm quyền của các cơ quan trong tỉnh"

    OPEN_STATUSES = (Status.ROUTED, Status.PROGRESS)
    ANSWERED_STATUSES = (Status.ANSWERED, Status.PUBLISHED, Status.CLOSED)

    kind = models.CharField("loại", max_length=16, choices=Kind.choices, default=Kind.QUESTION)
    code = models.CharField("mã tra cứu", max_length=16, unique=True, default=new_lookup_code, editable=False)
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name="gửi qua cổng", null=True, blank=True, on_delete=models.SET_NULL
    )

    # Asker (personal data — PERSONAL_FIELDS)
    asker_type = models.CharField("người hỏi là", max_length=16, choices=AskerType.choices)
    full_name = models.CharField("họ và tên", max_length=120, blank=True)
    organisation_name = models.CharField("tên tổ chức", max_length=255, blank=True)
    position = models.CharField("chức vụ", max_length=120, blank=True)
    id_number = models.CharField("số CMND/CCCD/hộ chiếu", max_length=20, blank=True)
    founding_decision = models.CharField("số quyết định thành lập/giấy phép", max_length=80, blank=True)
    house_number = models.CharField("số nhà", max_length=60, blank=True)
    street = models.CharField("đường, phố, thôn, xóm", max_length=120, blank=True)
    commune = models.CharField("xã, phường, thị trấn", max_length=120, blank=True)
    district = models.CharField("quận, huyện, thị xã", max_length=120, blank=True)
    province = models.CharField("tỉnh, thành phố", max_length=120, blank=True)
    phone = models.CharField("điện thoại", max_length=20, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    consent_at = models.DateTimeField("đồng ý xử lý dữ liệu cá nhân lúc")
    personal_data_erased_at = models.DateTimeField("đã xoá dữ liệu cá nhân lúc", null=True, blank=True)

    # The question
    topic = models.CharField("nội dung hỏi", max_length=120, blank=True)
    field = models.ForeignKey(
        Field,
        verbose_name="lĩnh vực",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questions",
    )
    policy_group = models.CharField("nhóm chính sách", max_length=120, blank=True)
    socio_economic = models.BooleanField("vấn đề quản lý kinh tế – xã hội", default=False)
    title = models.CharField("tiêu đề", max_length=255)
    content = models.TextField("nội dung")
    regulation = models.CharField("quy định hành chính được phản ánh", max_length=500, blank=True)

    # Handling
    status = models.CharField(
        "trạng thái", max_length=16, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name="cơ quan xử lý",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questions",
    )
    received_at = models.DateTimeField("tiếp nhận lúc", db_index=True)
    routed_at = models.DateTimeField("chuyển lúc", null=True, blank=True)
    answer_due_at = models.DateTimeField("hạn trả lời", null=True, blank=True, db_index=True)
    returned_at = models.DateTimeField("trả lại lúc", null=True, blank=True)
    return_reason = models.TextField("lý do trả lại", blank=True)
    return_count = models.PositiveIntegerField("số lần bị trả lại", default=0)
    notice_due_at = models.DateTimeField("hạn thông báo người hỏi", null=True, blank=True)
    asker_notified_at = models.DateTimeField("đã thông báo người hỏi lúc", null=True, blank=True)
    promised_date = models.DateField("hẹn trả lời ngày", null=True, blank=True)
    answered_at = models.DateTimeField("trả lời lúc", null=True, blank=True)
    answered_on_time = models.BooleanField("trả lời đúng hạn", null=True, blank=True)
    published_at = models.DateTimeField("đăng lúc", null=True, blank=True)
    public_until = models.DateTimeField("đăng ít nhất đến", null=True, blank=True)
    closed_at = models.DateTimeField("kết thúc lúc", null=True, blank=True)
    refused_at = models.DateTimeField("từ chối lúc", null=True, blank=True)
    refusal_kind = models.CharField(
        "lý do không tiếp nhận", max_length=16, choices=Refusal.choices, blank=True
    )
    refusal_reason = models.TextField("giải thích", blank=True)
    reminded_for_due = models.DateTimeField("đã nhắc cho hạn", null=True, blank=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    search_text = models.TextField("văn bản tìm kiếm (không dấu)", blank=True, editable=False)

    objects = QuestionQuerySet.as_manager()

    # The site search finds published questions and petitions by their text and answer, with or without
    # diacritics; no personal data of the asker is indexed.
    search_fields = [
        index.SearchField("title"),
        index.SearchField("folded_words"),
        index.FilterField("status"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = "câu hỏi, phản ánh"
        verbose_name_plural = "câu hỏi, phản ánh kiến nghị"
        permissions = [
            ("handle_as_board", "Phân loại, chuyển, từ chối và đăng câu hỏi (Ban Biên tập)"),
            ("view_question_reports", "Xem và xuất báo cáo hỏi – đáp"),
        ]
        indexes = [
            models.Index(fields=["status", "published_at"]),
            models.Index(fields=["kind", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.title}"

    def get_absolute_url(self) -> str:
        name = "citizens:petition-detail" if self.kind == self.Kind.PETITION else "citizens:question-detail"
        return reverse(name, args=[self.pk])

    @property
    def reference(self) -> str:
        """Public number (số hiệu): HĐ-123 for questions, PA-45 for petitions."""
        prefix = "PA" if self.kind == self.Kind.PETITION else "HĐ"
        return f"{prefix}-{self.pk}"

    @property
    def public_name(self) -> str:
        """The only identity shown publicly: the asker's name (or organisation), nothing else."""
        if self.personal_data_erased_at:
            return "Người hỏi (đã ẩn thông tin cá nhân)"
        if self.asker_type == self.AskerType.ORGANISATION and self.organisation_name:
            return self.organisation_name
        return self.full_name or "Người hỏi"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        return self.is_open and self.answer_due_at is not None and self.answer_due_at < timezone.now()

    @classmethod
    def get_indexed_objects(cls):
        """Only published items enter the search index; the search also filters on ``status``, so one
        taken down (unpublished) stops being found at once."""
        return cls.objects.published()

    def folded_words(self) -> str:
        """``search_text`` as separate words ("307/2010/nd-cp" → "307 2010 nd cp") for the index."""
        return " ".join(words(self.search_text))

    def refresh_search_text(self) -> None:
        parts = [self.title, self.content, self.regulation]
        answer = getattr(self, "answer", None) if self.pk else None
        if answer is not None:
            parts.append(answer.body)
        # " folded words | words as written ": " term" still finds a word that begins with a term, and
        # the site search matches phrases and exact words on it (``cong.core.search.index_words``).
        self.search_text = index_words(*parts)

    def address_display(self) -> str:
        return ", ".join(
            p for p in (self.house_number, self.street, self.commune, self.district, self.province) if p
        )


# Fields holding the asker's personal data: shown only to staff handling the question, erased by the
# retention job. ``district`` is kept after erasure: alone it identifies no one and it is public.
PERSONAL_FIELDS = (
    "full_name", "organisation_name", "position", "id_number", "founding_decision", "house_number",
    "street", "commune", "province", "phone", "email",
)  # fmt: skip


def attachment_path(instance, filename: str) -> str:
    """A random name in the private store; the citizen's own file name stays in ``Attachment.name``."""
    return random_name("citizens", filename)


class Attachment(models.Model):
    """Tệp đính kèm of a question (checked for size and type on upload; photos stored without EXIF).

    Kept in the private store, never under MEDIA_ROOT: only the staff who handle the question download it
    (``admin_views.attachment_download``).
    """

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField("tệp", upload_to=attachment_path, storage=PrivateStorage(), max_length=200)
    name = models.CharField("tên tệp", max_length=255)
    size = models.PositiveIntegerField("dung lượng (byte)")

    class Meta:
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"

    def __str__(self) -> str:
        return self.name


class Answer(models.Model):
    """Câu trả lời of the competent agency, submitted by its head or a delegate (ST-15.6, LC-13.7)."""

    class Mode(models.TextChoices):
        VIA_BOARD = "via_board", "Gửi Ban Biên tập đăng trên Cổng"
        DIRECT = "direct", "Trả lời trực tiếp người hỏi, báo Ban Biên tập"

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="answer")
    body = models.TextField("nội dung trả lời")
    mode = models.CharField("hình thức trả lời", max_length=16, choices=Mode.choices, default=Mode.VIA_BOARD)
    agency = models.ForeignKey("agencies.Agency", verbose_name="cơ quan trả lời", on_delete=models.PROTECT)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="người trả lời", null=True, on_delete=models.SET_NULL
    )
    signer_name = models.CharField("người ký", max_length=255)
    signer_position = models.CharField("chức vụ người ký", max_length=255, blank=True)
    answered_at = models.DateTimeField("trả lời lúc")

    class Meta:
        verbose_name = "câu trả lời"
        verbose_name_plural = "câu trả lời"

    def __str__(self) -> str:
        return f"Trả lời {self.question.reference}"


class Citation(models.Model):
    """A legal document an answer relies on: number/symbol, summary, date, issuer (ST-15.4, LC-13.5).

    The four fields are always kept; ``legal_document_id`` links the record of ``cong.legal`` with the
    same number (``LegalDocument.objects.by_number``) when the database holds it.
    """

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="citations")
    number_symbol = models.CharField("số, ký hiệu", max_length=80)
    summary = models.CharField("trích yếu", max_length=500)
    issued_on = models.DateField("ngày ban hành")
    issuer = models.CharField("cơ quan ban hành", max_length=255)
    legal_document_id = models.PositiveBigIntegerField("văn bản trong CSDL", null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "văn bản viện dẫn"
        verbose_name_plural = "văn bản viện dẫn"

    def __str__(self) -> str:
        return f"{self.number_symbol} ngày {self.issued_on:%d/%m/%Y} của {self.issuer}"


class ProgressNotice(models.Model):
    """Thông báo tiến độ: instead of an answer, the agency tells the asker a new answer date."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="progress_notices")
    message = models.TextField("nội dung thông báo")
    new_date = models.DateField("hẹn trả lời ngày")
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    sent_at = models.DateTimeField("gửi lúc", default=timezone.now)

    class Meta:
        ordering = ["sent_at", "pk"]
        verbose_name = "thông báo tiến độ"
        verbose_name_plural = "thông báo tiến độ"

    def __str__(self) -> str:
        return f"Hẹn trả lời {self.new_date:%d/%m/%Y}"


class AskerNotice(models.Model):
    """A message to the asker (outbox): shown on the lookup page, and e-mailed when an address is known.

    The row is written in the same transaction as the change of state; a background task sends it and
    the periodic job retries it until it is sent, so a mail server that is down loses nothing.
    """

    class Kind(models.TextChoices):
        RECEIPT = "receipt", "Biên nhận"
        OUT_OF_SCOPE = "out_of_scope", "Thông báo không đúng thẩm quyền"
        REFUSAL = "refusal", "Thông báo không tiếp nhận"
        PROGRESS = "progress", "Thông báo tiến độ"
        ANSWER = "answer", "Câu trả lời"
        PUBLISHED = "published", "Câu trả lời đã đăng"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    subject = models.CharField("tiêu đề", max_length=255)
    body = models.TextField("nội dung")
    to_email = models.EmailField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "thông báo cho người hỏi"
        verbose_name_plural = "thông báo cho người hỏi"

    def __str__(self) -> str:
        return self.subject


class AnswerDelegation(models.Model):
    """Ủy quyền trả lời: the head of an agency authorises a staff member to submit answers (ST-15.6).

    Used only when the profile allows delegation (``qa.answer_delegation``); LC-13.7 does not.
    """

    agency = models.ForeignKey("agencies.Agency", on_delete=models.CASCADE, related_name="answer_delegations")
    delegate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người được ủy quyền",
        on_delete=models.CASCADE,
        related_name="+",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="thủ trưởng ủy quyền",
        on_delete=models.PROTECT,
        related_name="+",
    )
    valid_from = models.DateField("từ ngày")
    valid_until = models.DateField("đến ngày", null=True, blank=True)
    revoked_at = models.DateTimeField("thu hồi lúc", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "ủy quyền trả lời"
        verbose_name_plural = "ủy quyền trả lời"

    def __str__(self) -> str:
        return f"{self.delegate} – {self.agency}"

    def is_active(self, day=None) -> bool:
        day = day or timezone.localdate()
        return (
            self.revoked_at is None
            and self.valid_from <= day
            and (self.valid_until is None or day <= self.valid_until)
        )
