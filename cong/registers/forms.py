"""The admin form of every register record."""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminModelForm

from cong.agencies.models import Agency, agency_of


class RegisterRecordForm(WagtailAdminModelForm):
    """An agency's staff can only file records under their own agency; the province's staff under any."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        field = self.fields.get("agency")
        agency = agency_of(for_user) if for_user is not None and not for_user.is_superuser else None
        if field is not None and agency is not None:
            field.queryset = Agency.objects.filter(pk=agency.pk)
            field.required = True
            field.empty_label = None
            if not self.instance.pk:
                self.initial["agency"] = agency.pk
