"""Public forms: ask a question or send a petition, look one up, correct personal data.

Which asker fields are required comes from the regulation profile (``qa.asker_fields.individual`` and
``.organisation``: ST-15.1, LC-13.3); the form never hard-codes them.
"""

from __future__ import annotations

import re
from pathlib import Path

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cong.core.forms import identify_input_purpose
from cong.core.profiles import get_profile
from cong.core.text import clean_text, fold

from .models import Field, Question

# Labels of the asker fields of the profile (ASKER_FIELDS in cong.core.profiles), and the model field each fills.
ASKER_LABELS = {
    "full_name": gettext_lazy("Họ và tên (tổ chức: họ tên người đại diện)"),
    "position": gettext_lazy("Chức vụ của người đại diện"),
    "id_number": gettext_lazy("Số CMND, CCCD hoặc hộ chiếu"),
    "founding_decision": gettext_lazy("Số quyết định thành lập hoặc giấy phép"),
    "house_number": gettext_lazy("Số nhà"),
    "street": gettext_lazy("Đường, phố, thôn, xóm"),
    "commune": gettext_lazy("Xã, phường, thị trấn"),
    "district": gettext_lazy("Quận, huyện, thị xã, thành phố"),
    "province": gettext_lazy("Tỉnh, thành phố"),
    "phone": gettext_lazy("Điện thoại"),
    "email": gettext_lazy("Thư điện tử"),
}
# Fields that only an organisation fills in (a private person never sees them once JavaScript runs).
ORGANISATION_ONLY = ("organisation_name", "position", "founding_decision")
ID_NUMBER_RE = re.compile(r"^(\d{9}|\d{12}|[A-Z]\d{7})$")
PHONE_RE = re.compile(r"^(\+84|84|0)\d{9,10}$")
ALLOWED_EXTENSIONS = {"pdf", "doc", "docx", "odt", "jpg", "jpeg", "png"}
# What the file's first bytes must say for each extension (a renamed .exe is refused).
MAGIC_TYPES = {
    "pdf": {"application/pdf"},
    "jpg": {"image/jpeg"},
    "jpeg": {"image/jpeg"},
    "png": {"image/png"},
    "docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"},
    "odt": {"application/vnd.oasis.opendocument.text", "application/zip"},
    "doc": {"application/msword", "application/x-ole-storage", "application/CDFV2"},
}


ASKER_FIELDS_KEYS = {
    Question.AskerType.INDIVIDUAL: "qa.asker_fields.individual",  # ST-15.1.b, LC-13.3.b
    Question.AskerType.ORGANISATION: "qa.asker_fields.organisation",  # ST-15.1.a, LC-13.3.a
}


def required_asker_fields(asker_type: str) -> tuple[str, ...]:
    key = ASKER_FIELDS_KEYS.get(asker_type, ASKER_FIELDS_KEYS[Question.AskerType.ORGANISATION])
    return get_profile()[key]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


def check_attachment(upload) -> None:
    """Size and extension allowed here, then the real type by content: ``cong.core.uploads.check_upload``
    (magic numbers, optional ClamAV) when installed, otherwise our own magic-number check."""
    limit = settings.CONG_CITIZENS_ATTACHMENT_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("Tệp “%(name)s” dung lượng %(size)s MB, vượt quá %(limit)s MB.")
            % {"name": upload.name, "size": f"{upload.size / 1048576:.1f}", "limit": limit // 1048576}
        )
    extension = Path(upload.name).suffix.lower().lstrip(".")
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            _("Tệp “%(name)s” không được chấp nhận. Chỉ nhận: %(allowed)s.")
            % {"name": upload.name, "allowed": ", ".join(sorted(ALLOWED_EXTENSIONS))}
        )
    try:
        from cong.core.uploads import check_upload
    except ImportError:
        check_upload = None
    if check_upload is not None:
        check_upload(upload, kind="image" if extension in {"jpg", "jpeg", "png"} else "document")
        upload.seek(0)
        return
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else ""
    if mime not in MAGIC_TYPES[extension] and not (extension == "doc" and head[:4] == b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            _("Nội dung tệp “%(name)s” không đúng định dạng .%(extension)s.")
            % {"name": upload.name, "extension": extension}
        )


class QuestionForm(forms.Form):
    """Đặt câu hỏi / gửi phản ánh, kiến nghị."""

    asker_type = forms.ChoiceField(
        label=gettext_lazy("Người gửi là"), choices=Question.AskerType.choices, widget=forms.RadioSelect,
        initial=Question.AskerType.INDIVIDUAL,
    )  # fmt: skip
    organisation_name = forms.CharField(
        label=gettext_lazy("Tên cơ quan, tổ chức, doanh nghiệp"), max_length=255, required=False
    )
    full_name = forms.CharField(label=ASKER_LABELS["full_name"], max_length=120, required=False)
    position = forms.CharField(label=ASKER_LABELS["position"], max_length=120, required=False)
    id_number = forms.CharField(label=ASKER_LABELS["id_number"], max_length=20, required=False)
    founding_decision = forms.CharField(
        label=ASKER_LABELS["founding_decision"], max_length=80, required=False
    )
    house_number = forms.CharField(label=ASKER_LABELS["house_number"], max_length=60, required=False)
    street = forms.CharField(label=ASKER_LABELS["street"], max_length=120, required=False)
    commune = forms.CharField(label=ASKER_LABELS["commune"], max_length=120, required=False)
    district = forms.CharField(label=ASKER_LABELS["district"], max_length=120, required=False)
    province = forms.CharField(label=ASKER_LABELS["province"], max_length=120, required=False)
    phone = forms.CharField(label=ASKER_LABELS["phone"], max_length=20, required=False)
    email = forms.EmailField(
        label=ASKER_LABELS["email"], required=False,
        error_messages={"invalid": gettext_lazy("Địa chỉ thư điện tử không đúng dạng (ví dụ: ten@example.com).")},
    )  # fmt: skip
    topic = forms.ChoiceField(label=gettext_lazy("Nội dung hỏi"), required=False)
    field = forms.ModelChoiceField(
        label=gettext_lazy("Lĩnh vực"),
        queryset=Field.objects.none(),
        required=False,
        empty_label=gettext_lazy("— Chọn lĩnh vực —"),
    )
    title = forms.CharField(label=gettext_lazy("Tiêu đề"), max_length=255)
    regulation = forms.CharField(
        label=gettext_lazy("Quy định hành chính được phản ánh, kiến nghị (tên, số hiệu văn bản, điều khoản)"),
        max_length=500, required=False,
    )  # fmt: skip
    content = forms.CharField(
        label=gettext_lazy("Nội dung"), widget=forms.Textarea(attrs={"rows": 10}), max_length=10000
    )
    attachments = MultipleFileField(label=gettext_lazy("Tệp đính kèm (không bắt buộc)"), required=False)
    not_a_complaint = forms.BooleanField(
        label=gettext_lazy("Tôi xác nhận đây là câu hỏi, không phải đơn khiếu nại, tố cáo."), required=False
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "Tôi đồng ý để Cổng xử lý thông tin cá nhân nêu trên theo thông báo về mục đích, thời gian lưu và quyền của tôi."
        ),
        error_messages={
            "required": gettext_lazy(
                "Cần đồng ý xử lý thông tin cá nhân thì Cổng mới tiếp nhận được câu hỏi."
            )
        },
    )
    # Honeypot: hidden from people by CSS and aria-hidden; a bot that fills it must solve the proof-of-work.
    website = forms.CharField(label=gettext_lazy("Để trống ô này"), required=False)
    altcha = forms.CharField(required=False, widget=forms.HiddenInput)

    error_messages_required = gettext_lazy("Vui lòng nhập «%(label)s».")

    def __init__(self, data=None, *args, kind: str = Question.Kind.QUESTION, **kwargs):
        if data is not None:
            # Text pasted from an old TCVN3/VNI file is repaired before it is checked or shown again.
            data = data.copy()
            for name in ("organisation_name", *ASKER_LABELS, "title", "regulation", "content"):
                if isinstance(data.get(name), str):
                    data[name] = clean_text(data[name])
        super().__init__(data, *args, **kwargs)
        self.kind = kind
        self.profile = get_profile()
        self.fields["field"].queryset = Field.objects.all()
        # The choice of field is shown only when the agencies have fields. A form sent back is checked with
        # it in place (optional: an empty choice reads nothing, a chosen one is looked up) and asks only if
        # it is shown again with its errors — not on every citizen's accepted form (issue 17).
        if data is None and not Field.objects.exists():
            del self.fields["field"]
        topics = self.profile["qa.accepted_topics"]
        if topics and kind == Question.Kind.QUESTION:
            self.fields["topic"].choices = [("", _("— Chọn nội dung hỏi —")), *[(t, t) for t in topics]]
            self.fields["topic"].required = True
        else:
            del self.fields["topic"]
        if kind == Question.Kind.PETITION:
            self.fields["regulation"].required = True
            self.fields["title"].label = _("Tiêu đề phản ánh, kiến nghị")
            self.fields["not_a_complaint"].label = _(
                "Tôi xác nhận đây là phản ánh, kiến nghị về quy định hành chính, không phải đơn khiếu nại, tố cáo."
            )
        else:
            del self.fields["regulation"]
        self.individual_required = set(required_asker_fields(Question.AskerType.INDIVIDUAL))
        self.organisation_required = set(required_asker_fields(Question.AskerType.ORGANISATION)) | {
            "organisation_name"
        }
        for name in ASKER_LABELS:
            by_individual = name in self.individual_required
            by_organisation = name in self.organisation_required
            if by_individual and by_organisation:
                self.fields[name].help_text = _("Bắt buộc với cá nhân và tổ chức.")
            elif by_individual:
                self.fields[name].help_text = _("Bắt buộc với cá nhân.")
            elif by_organisation:
                self.fields[name].help_text = _("Bắt buộc với tổ chức.")
        self.fields["organisation_name"].help_text = _("Bắt buộc với tổ chức.")
        self.complaint_detected = False

    def full_clean(self):
        super().full_clean()
        if self._errors and "field" in self.fields and not Field.objects.exists():
            del self.fields["field"]  # shown again: as the form was shown, without the choice
            self._errors.pop("field", None)
        identify_input_purpose(self)

    @property
    def asker_fields(self):
        """The sender's own fields, for a private person and an organisation's representative alike."""
        return [self[name] for name in ASKER_LABELS if name not in ORGANISATION_ONLY]

    @property
    def organisation_fields(self):
        """Shown only when the sender is an organisation (see citizens/asker.js; without JavaScript they
        stay visible under their own heading, after the person's fields)."""
        return [self[name] for name in ORGANISATION_ONLY]

    def clean_id_number(self):
        value = "".join(self.cleaned_data["id_number"].split()).upper()
        if value and not ID_NUMBER_RE.match(value):
            raise ValidationError(
                _(
                    "Số giấy tờ không đúng: CMND gồm 9 chữ số, CCCD gồm 12 chữ số, hộ chiếu gồm 1 chữ cái và 7 chữ số."
                )
            )
        return value

    def clean_phone(self):
        value = re.sub(r"[\s.\-()]", "", self.cleaned_data["phone"])
        if value and not PHONE_RE.match(value):
            raise ValidationError(_("Số điện thoại không đúng (ví dụ: 0912 345 678 hoặc 0213 3876 543)."))
        return value

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        limit = settings.CONG_CITIZENS_MAX_ATTACHMENTS
        if len(files) > limit:
            raise ValidationError(_("Chỉ được đính kèm tối đa %(limit)s tệp.") % {"limit": limit})
        errors = []
        for upload in files:
            try:
                check_attachment(upload)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return files

    def clean(self):
        data = super().clean()
        for name in ("organisation_name", *ASKER_LABELS):
            if isinstance(data.get(name), str):
                data[name] = clean_text(" ".join(data[name].split()))
        asker_type = data.get("asker_type")
        if asker_type:
            required = (
                self.individual_required
                if asker_type == Question.AskerType.INDIVIDUAL
                else self.organisation_required
            )
            for name in sorted(required, key=list(self.fields).index):
                if name in self.fields and not data.get(name) and name not in self.errors:
                    self.add_error(name, self.error_messages_required % {"label": self.fields[name].label})
        # LC-13.2: complaints and denunciations are not accepted; ask the person to confirm it is not one.
        excluded = self.profile["qa.excluded_topics"]
        text = fold(f"{data.get('title', '')} {data.get('content', '')}")
        if any(fold(topic) in text for topic in excluded) and not data.get("not_a_complaint"):
            self.complaint_detected = True
            self.add_error(
                "not_a_complaint",
                _(
                    "Nội dung có vẻ là khiếu nại hoặc tố cáo — Cổng không tiếp nhận khiếu nại, tố cáo. "
                    "Nếu đây thực sự là câu hỏi (ví dụ hỏi về thủ tục khiếu nại), hãy đánh dấu xác nhận rồi gửi lại."
                ),
            )
        return data

    def question_data(self) -> dict:
        data = self.cleaned_data
        names = ["asker_type", "organisation_name", *ASKER_LABELS, "title", "content"]
        values = {name: data.get(name) or "" for name in names}
        if data.get("asker_type") == Question.AskerType.INDIVIDUAL:
            values["organisation_name"] = values["position"] = values["founding_decision"] = ""
        values["title"] = clean_text(values["title"]).strip()
        values["content"] = clean_text(values["content"]).strip()
        values["topic"] = data.get("topic") or ""
        values["regulation"] = clean_text(data.get("regulation") or "").strip()
        values["field"] = data.get("field")
        return values


class LookupForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Mã tra cứu"), max_length=20,
        help_text=gettext_lazy("Mã gồm 12 ký tự in trên biên nhận, ví dụ ABCD-EFGH-JKMN."),
    )  # fmt: skip


class PersonalDataForm(forms.ModelForm):
    """Đính chính thông tin cá nhân (TT25-7)."""

    class Meta:
        model = Question
        fields = [
            "full_name", "organisation_name", "position", "id_number", "founding_decision", "house_number",
            "street", "commune", "district", "province", "phone", "email",
        ]  # fmt: skip

    clean_id_number = QuestionForm.clean_id_number
    clean_phone = QuestionForm.clean_phone

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        identify_input_purpose(self)

    def clean(self):
        data = super().clean()
        required = required_asker_fields(self.instance.asker_type)
        for name in required:
            if name in self.fields and not data.get(name) and name not in self.errors:
                self.add_error(name, _("Vui lòng nhập «%(label)s».") % {"label": self.fields[name].label})
        return data
