"""The services app's public register: the procedure catalogue, linked under «Thông tin công khai» from the
footer, the home page and the site map, listed in sitemap.xml and searched by the site search
(``cong/portal/registers.py``)."""

from django.utils.translation import gettext_lazy as _

from cong.portal.registers import OPEN_INFORMATION, HitText, PublicRegister, register

from .models import Procedure


def _in_force():
    return Procedure.objects.filter(live=True, retired=False)


def _describe(procedure: Procedure) -> HitText:
    return HitText(title=f"{procedure.name} ({procedure.code})", text=procedure.agency_name, date=None)


register(
    PublicRegister(
        code="thu-tuc-hanh-chinh",
        name=_("Thủ tục hành chính"),
        hit_label=_("Thủ tục hành chính"),
        url_name="services:procedures",
        description=_(
            "Danh mục thủ tục hành chính, dịch vụ công trực tuyến; tra cứu tiến độ giải quyết hồ sơ."
        ),
        public_items=_in_force,
        # Linked always (every regulation makes the portal the front door to procedures); in sitemap.xml and
        # the site search once the catalogue has been imported.
        listed=lambda: _in_force().exists(),
        describe=_describe,
        lastmod_field="updated_at",
        url_fields=("code",),
        search_only=("id", "code", "name", "agency_name"),
        group=OPEN_INFORMATION,
        order=60,
    )
)
