"""The staff form for the information-provision form (phiếu)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cong.portal.models import SectionPage


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field; each one is checked by content later, one by one."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class SubmissionForm(forms.Form):
    sender_name = forms.CharField(label=_("Tên người gửi"), max_length=255)
    title = forms.CharField(label=_("Tiêu đề"), max_length=255)
    lead = forms.CharField(label=_("Sapo"), widget=forms.Textarea(attrs={"rows": 3}))
    content = forms.CharField(label=_("Nội dung"), widget=forms.Textarea(attrs={"rows": 14}))
    documents = MultipleFileField(
        label=_("Văn bản, tài liệu kèm theo"),
        help_text=_("PDF, Word, Excel, OpenDocument… Mỗi tệp được kiểm tra theo nội dung thật."),
    )
    photos = MultipleFileField(
        label=_("Ảnh"), help_text=_("JPEG, PNG, WebP; thông tin vị trí (GPS) được xóa.")
    )
    proposed_section = forms.ModelChoiceField(
        label=_("Đề nghị đăng mục"), queryset=SectionPage.objects.none()
    )

    def __init__(self, *args, root_page=None, **kwargs):
        from .submissions import form_items

        super().__init__(*args, **kwargs)
        # The province's phiếu decides which items the form has and how they are numbered (BK-App.1–6).
        numbers = {key: number for number, (key, _label) in enumerate(form_items(), start=1)}
        fields_of = {
            "sender": ("sender_name",),
            "information": ("title", "lead", "content"),
            "documents": ("documents",),
            "photos": ("photos",),
            "section": ("proposed_section",),
        }
        for key, names in fields_of.items():
            for name in names:
                if key not in numbers:
                    del self.fields[name]
                    continue
                label = str(self.fields[name].label).split(". ", 1)[-1]
                if key == "information":
                    label = _("Thông tin – %(part)s") % {"part": label}
                self.fields[name].label = f"{numbers[key]}. {label}"
        sections = SectionPage.objects.live().order_by("path")
        if root_page is not None:
            sections = sections.descendant_of(root_page)
        self.fields["proposed_section"].queryset = sections
        self.fields["proposed_section"].error_messages["invalid_choice"] = _(
            "Hãy chọn một chuyên mục có trong danh sách."
        )
