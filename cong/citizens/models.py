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
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
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

    name = models.CharField(_("tên lĩnh vực"), max_length=120, unique=True)
    slug = models.SlugField(_("mã"), max_length=60, unique=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=100)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực hỏi – đáp")

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
        QUESTION = "question", _("Câu hỏi")
        PETITION = "petition", _("Phản ánh, kiến nghị")

    class AskerType(models.TextChoices):
        INDIVIDUAL = "individual", _("Cá nhân")
        ORGANISATION = "organisation", _("Tổ chức, doanh nghiệp")

    class Status(models.TextChoices):
        RECEIVED = "received", _("Đã tiếp nhận, chờ phân loại")
        ROUTED = "routed", _("Đã chuyển cơ quan có thẩm quyền")
        RETURNED = "returned", _("Cơ quan trả lại: không thuộc thẩm quyền")
        PROGRESS = "progress", _("Đã thông báo tiến độ xử lý")
        ANSWERED = "answered", _("Đã trả lời, chờ đăng")
        PUBLISHED = "published", _("Đã đăng câu trả lời")
        CLOSED = "closed", _("Đã trả lời trực tiếp người hỏi")
        REFUSED = "refused", _("Không tiếp nhận")

    class Refusal(models.TextChoices):
        VIOLATION = "violation", _("Vi phạm quy định về nội dung thông tin")
        COMPLAINT = "complaint", _("Là khiếu nại, tố cáo")
        OUT_OF_SCOPE = "out_of_scope", _("Không thuộc thẩm quyền của các cơ quan trong tỉnh")

    OPEN_STATUSES = (Status.ROUTED, Status.PROGRESS)
    ANSWERED_STATUSES = (Status.ANSWERED, Status.PUBLISHED, Status.CLOSED)

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.QUESTION)
    code = models.CharField(
        _("mã tra cứu"), max_length=16, unique=True, default=new_lookup_code, editable=False
    )
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("gửi qua cổng"), null=True, blank=True, on_delete=models.SET_NULL
    )

    # Asker (personal data — PERSONAL_FIELDS)
    asker_type = models.CharField(_("người hỏi là"), max_length=16, choices=AskerType.choices)
    full_name = models.CharField(_("họ và tên"), max_length=120, blank=True)
    organisation_name = models.CharField(_("tên tổ chức"), max_length=255, blank=True)
    position = models.CharField(_("chức vụ"), max_length=120, blank=True)
    id_number = models.CharField(_("số CMND/CCCD/hộ chiếu"), max_length=20, blank=True)
    founding_decision = models.CharField(_("số quyết định thành lập/giấy phép"), max_length=80, blank=True)
    house_number = models.CharField(_("số nhà"), max_length=60, blank=True)
    street = models.CharField(_("đường, phố, thôn, xóm"), max_length=120, blank=True)
    commune = models.CharField(_("xã, phường, thị trấn"), max_length=120, blank=True)
    district = models.CharField(_("quận, huyện, thị xã"), max_length=120, blank=True)
    province = models.CharField(_("tỉnh, thành phố"), max_length=120, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    consent_at = models.DateTimeField(_("đồng ý xử lý dữ liệu cá nhân lúc"))
    personal_data_erased_at = models.DateTimeField(_("đã xoá dữ liệu cá nhân lúc"), null=True, blank=True)

    # The question
    topic = models.CharField(_("nội dung hỏi"), max_length=120, blank=True)
    field = models.ForeignKey(
        Field,
        verbose_name=_("lĩnh vực"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questions",
    )
    policy_group = models.CharField(_("nhóm chính sách"), max_length=120, blank=True)
    socio_economic = models.BooleanField(_("vấn đề quản lý kinh tế – xã hội"), default=False)
    title = models.CharField(_("tiêu đề"), max_length=255)
    content = models.TextField(_("nội dung"))
    regulation = models.CharField(_("quy định hành chính được phản ánh"), max_length=500, blank=True)

    # Handling
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("cơ quan xử lý"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questions",
    )
    received_at = models.DateTimeField(_("tiếp nhận lúc"), db_index=True)
    routed_at = models.DateTimeField(_("chuyển lúc"), null=True, blank=True)
    answer_due_at = models.DateTimeField(_("hạn trả lời"), null=True, blank=True, db_index=True)
    returned_at = models.DateTimeField(_("trả lại lúc"), null=True, blank=True)
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    return_count = models.PositiveIntegerField(_("số lần bị trả lại"), default=0)
    notice_due_at = models.DateTimeField(_("hạn thông báo người hỏi"), null=True, blank=True)
    asker_notified_at = models.DateTimeField(_("đã thông báo người hỏi lúc"), null=True, blank=True)
    promised_date = models.DateField(_("hẹn trả lời ngày"), null=True, blank=True)
    answered_at = models.DateTimeField(_("trả lời lúc"), null=True, blank=True)
    answered_on_time = models.BooleanField(_("trả lời đúng hạn"), null=True, blank=True)
    published_at = models.DateTimeField(_("đăng lúc"), null=True, blank=True)
    public_until = models.DateTimeField(_("đăng ít nhất đến"), null=True, blank=True)
    closed_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    refused_at = models.DateTimeField(_("từ chối lúc"), null=True, blank=True)
    refusal_kind = models.CharField(
        _("lý do không tiếp nhận"), max_length=16, choices=Refusal.choices, blank=True
    )
    refusal_reason = models.TextField(_("giải thích"), blank=True)
    reminded_for_due = models.DateTimeField(_("đã nhắc cho hạn"), null=True, blank=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    search_text = models.TextField(_("văn bản tìm kiếm (không dấu)"), blank=True, editable=False)

    objects = QuestionQuerySet.as_manager()

    # The site search finds published questions and petitions by their text and answer, with or without
    # diacritics; no personal data of the asker is indexed.
    # Wagtail's index is kept by ``cong.citizens.tasks.update_search_index`` (connected in ``apps``), not by
    # its own handler, which queued a task for every question received: a received question is not public,
    # so a submission queues nothing for the index, and one taken down leaves it (issue 17).
    search_auto_update = False
    search_fields = [
        index.SearchField("title"),
        index.SearchField("folded_words"),
        index.FilterField("status"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("câu hỏi, phản ánh")
        verbose_name_plural = _("câu hỏi, phản ánh kiến nghị")
        permissions = [
            ("handle_as_board", _("Phân loại, chuyển, từ chối và đăng câu hỏi (Ban Biên tập)")),
            ("view_question_reports", _("Xem và xuất báo cáo hỏi – đáp")),
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
        prefix = "PA" if self.kind == self.Kind.PETITION else "HĐ"  # i18n: data (the public number's prefix)
        return f"{prefix}-{self.pk}"

    @property
    def public_name(self) -> str:
        """The only identity shown publicly: the asker's name (or organisation), nothing else."""
        if self.personal_data_erased_at:
            return gettext("Người hỏi (đã ẩn thông tin cá nhân)")
        if self.asker_type == self.AskerType.ORGANISATION and self.organisation_name:
            return self.organisation_name
        return self.full_name or gettext("Người hỏi")

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
    file = models.FileField(_("tệp"), upload_to=attachment_path, storage=PrivateStorage(), max_length=200)
    name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveIntegerField(_("dung lượng (byte)"))

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self) -> str:
        return self.name


class Answer(models.Model):
    """Câu trả lời of the competent agency, submitted by its head or a delegate (ST-15.6, LC-13.7)."""

    class Mode(models.TextChoices):
        VIA_BOARD = "via_board", _("Gửi Ban Biên tập đăng trên Cổng")
        DIRECT = "direct", _("Trả lời trực tiếp người hỏi, báo Ban Biên tập")

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="answer")
    body = models.TextField(_("nội dung trả lời"))
    mode = models.CharField(
        _("hình thức trả lời"), max_length=16, choices=Mode.choices, default=Mode.VIA_BOARD
    )
    agency = models.ForeignKey("agencies.Agency", verbose_name=_("cơ quan trả lời"), on_delete=models.PROTECT)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người trả lời"), null=True, on_delete=models.SET_NULL
    )
    signer_name = models.CharField(_("người ký"), max_length=255)
    signer_position = models.CharField(_("chức vụ người ký"), max_length=255, blank=True)
    answered_at = models.DateTimeField(_("trả lời lúc"))

    class Meta:
        verbose_name = _("câu trả lời")
        verbose_name_plural = _("câu trả lời")

    def __str__(self) -> str:
        return gettext("Trả lời %(reference)s") % {"reference": self.question.reference}


class Citation(models.Model):
    """A legal document an answer relies on: number/symbol, summary, date, issuer (ST-15.4, LC-13.5).

    The four fields are always kept; ``legal_document_id`` links the record of ``cong.legal`` with the
    same number (``LegalDocument.objects.by_number``) when the database holds it.
    """

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="citations")
    number_symbol = models.CharField(_("số, ký hiệu"), max_length=80)
    summary = models.CharField(_("trích yếu"), max_length=500)
    issued_on = models.DateField(_("ngày ban hành"))
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255)
    legal_document_id = models.PositiveBigIntegerField(_("văn bản trong CSDL"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("văn bản viện dẫn")
        verbose_name_plural = _("văn bản viện dẫn")

    def __str__(self) -> str:
        return gettext("%(number)s ngày %(date)s của %(issuer)s") % {
            "number": self.number_symbol,
            "date": f"{self.issued_on:%d/%m/%Y}",
            "issuer": self.issuer,
        }


class ProgressNotice(models.Model):
    """Thông báo tiến độ: instead of an answer, the agency tells the asker a new answer date."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="progress_notices")
    message = models.TextField(_("nội dung thông báo"))
    new_date = models.DateField(_("hẹn trả lời ngày"))
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    sent_at = models.DateTimeField(_("gửi lúc"), default=timezone.now)

    class Meta:
        ordering = ["sent_at", "pk"]
        verbose_name = _("thông báo tiến độ")
        verbose_name_plural = _("thông báo tiến độ")

    def __str__(self) -> str:
        return gettext("Hẹn trả lời %(date)s") % {"date": f"{self.new_date:%d/%m/%Y}"}


class AskerNotice(models.Model):
    """A message to the asker (outbox): shown on the lookup page, and e-mailed when an address is known.

    The row is written in the same transaction as the change of state; a background task sends it and
    the periodic job retries it until it is sent, so a mail server that is down loses nothing.
    """

    class Kind(models.TextChoices):
        RECEIPT = "receipt", _("Biên nhận")
        OUT_OF_SCOPE = "out_of_scope", _("Thông báo không đúng thẩm quyền")
        REFUSAL = "refusal", _("Thông báo không tiếp nhận")
        PROGRESS = "progress", _("Thông báo tiến độ")
        ANSWER = "answer", _("Câu trả lời")
        PUBLISHED = "published", _("Câu trả lời đã đăng")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    subject = models.CharField(_("tiêu đề"), max_length=255)
    body = models.TextField(_("nội dung"))
    to_email = models.EmailField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("thông báo cho người hỏi")
        verbose_name_plural = _("thông báo cho người hỏi")

    def __str__(self) -> str:
        return self.subject


class AnswerDelegation(models.Model):
    """Ủy quyền trả lời: the head of an agency authorises a staff member to submit answers (ST-15.6).

    Used only when the profile allows delegation (``qa.answer_delegation``); LC-13.7 does not.
    """

    agency = models.ForeignKey("agencies.Agency", on_delete=models.CASCADE, related_name="answer_delegations")
    delegate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người được ủy quyền"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("thủ trưởng ủy quyền"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    valid_from = models.DateField(_("từ ngày"))
    valid_until = models.DateField(_("đến ngày"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ủy quyền trả lời")
        verbose_name_plural = _("ủy quyền trả lời")

    def __str__(self) -> str:
        return f"{self.delegate} – {self.agency}"

    def is_active(self, day=None) -> bool:
        day = day or timezone.localdate()
        return (
            self.revoked_at is None
            and self.valid_from <= day
            and (self.valid_until is None or day <= self.valid_until)
        )
