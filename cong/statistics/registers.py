"""The statistics app's public registers: science and technology programmes, statistics releases and —
when the profile publishes it (``registers.edoc_exchange``, HG-11.2) — electronic document exchange.

The portal links them from the footer, the home page and the site map, lists their items in
``sitemap.xml`` and searches them (``cong/portal/registers.py``).
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cong.core.profiles import get_profile
from cong.portal.registers import OPEN_INFORMATION, HitText, PublicRegister, register

from .models import EdocExchange, ScienceProgramme, StatisticsRelease


def _edoc_linked() -> bool:
    return bool(get_profile()["registers.edoc_exchange"])


def _describe_programme(programme: ScienceProgramme) -> HitText:
    return HitText(
        title=f"{programme.code} — {programme.name}",
        text=gettext("%(field)s. %(lead_unit)s; chủ nhiệm %(chair)s. %(summary_report)s")
        % {
            "field": programme.field,
            "lead_unit": programme.lead_unit,
            "chair": programme.chair,
            "summary_report": programme.summary_report,
        },
        date=programme.approved_on,
    )


def _describe_release(release: StatisticsRelease) -> HitText:
    return HitText(title=release.title, text=f"{release.provider}, {release.period}. {release.analysis}",
                   date=release.decided_on)  # fmt: skip


def _describe_edoc(record: EdocExchange) -> HitText:
    return HitText(
        title=gettext("Văn bản điện tử: %(record)s") % {"record": record},
        text=gettext(
            "Văn bản đi điện tử %(sent_electronic)s/%(sent_total)s, văn bản đến điện tử %(received_electronic)s/%(received_total)s."
        )
        % {
            "sent_electronic": record.sent_electronic,
            "sent_total": record.sent_total,
            "received_electronic": record.received_electronic,
            "received_total": record.received_total,
        },
    )


register(
    PublicRegister(
        code="khoa-hoc-cong-nghe",
        name=_("Khoa học và công nghệ"),
        hit_label=_("Nhiệm vụ khoa học và công nghệ"),
        url_name="statistics:science",
        description=_(
            "Chương trình, đề tài khoa học và công nghệ: cấp quản lý, lĩnh vực, chủ nhiệm, kết quả "
            "đã nghiệm thu."
        ),
        public_items=lambda: ScienceProgramme.objects.filter(live=True),
        describe=_describe_programme,
        lastmod_field="last_published_at",
        order=130,
        group=OPEN_INFORMATION,
    )
)
register(
    PublicRegister(
        code="thong-ke",
        name=_("Thống kê"),
        hit_label=_("Thông tin thống kê"),
        url_name="statistics:releases",
        description=_("Thông tin thống kê: số liệu, biểu đồ, phương pháp, phân tích; tải CSV, XLSX."),
        public_items=lambda: StatisticsRelease.objects.filter(live=True).defer("figures"),
        describe=_describe_release,
        lastmod_field="last_published_at",
        order=140,
        group=OPEN_INFORMATION,
    )
)
register(
    PublicRegister(
        code="van-ban-dien-tu",
        name=_("Văn bản điện tử"),
        hit_label=_("Trao đổi văn bản điện tử"),
        url_name="statistics:edoc",
        description=_("Tiến độ gửi, nhận văn bản điện tử của các cơ quan theo tháng, quý."),
        public_items=lambda: EdocExchange.objects.filter(live=True).select_related("agency"),
        describe=_describe_edoc,
        lastmod_field="last_published_at",
        linked=_edoc_linked,
        order=150,
        group=OPEN_INFORMATION,
    )
)
