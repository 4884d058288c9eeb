"""The officials app's public registers: leaders, the directory, statements (with spokespersons),
commendations and sanctions.

The portal links them from every page's footer, the home page and the site map, lists their public items
in ``sitemap.xml`` and searches them (see ``cong/portal/registers.py``). Spokespersons are reached from
/phat-ngon/ and searched, but have no footer link of their own.
"""

from django.utils.translation import gettext_lazy as _

from cong.portal.registers import DIRECTION, LOOKUP, OPEN_INFORMATION, HitText, PublicRegister, register

from .models import Commendation, Leader, Official, Spokesperson, Statement


def _register_live(model, **fields) -> None:
    register(
        PublicRegister(
            public_items=lambda: model.objects.filter(live=True), lastmod_field="last_published_at", **fields
        )
    )


_register_live(
    Leader,
    code="lanh-dao",
    group=DIRECTION,
    name=_("Lãnh đạo"),
    hit_label=_("Lãnh đạo"),
    url_name="officials:leaders",
    description=_("Lãnh đạo tỉnh: chức vụ, tiểu sử, phân công nhiệm vụ."),
    describe=lambda leader: HitText(title=str(leader), text=leader.duties or leader.biography),
    search_only=("id", "name", "position", "duties", "biography"),
    order=60,
)
_register_live(
    Official,
    code="danh-ba",
    group=LOOKUP,
    name=_("Danh bạ"),
    hit_label=_("Danh bạ"),
    url_name="officials:officials",
    description=_("Danh bạ điện thoại, thư điện tử công vụ của cán bộ, công chức; tải vCard."),
    describe=lambda official: HitText(
        title=str(official), text=" — ".join(p for p in (official.unit, official.email, official.phone) if p)
    ),
    search_only=("id", "name", "position", "unit", "email", "phone"),
    order=61,
)
_register_live(
    Statement,
    code="phat-ngon",
    group=DIRECTION,
    name=_("Phát ngôn"),
    hit_label=_("Phát ngôn, thông cáo báo chí"),
    url_name="officials:statements",
    description=_("Phát ngôn, thông cáo báo chí và người phát ngôn của các cơ quan."),
    describe=lambda statement: HitText(
        title=statement.title, text=statement.summary or statement.body[:1000], date=statement.issued_on
    ),
    search_only=("id", "title", "summary", "body", "issued_on"),
    order=62,
)
_register_live(
    Spokesperson,
    code="nguoi-phat-ngon",
    group=DIRECTION,
    name=_("Người phát ngôn"),
    hit_label=_("Người phát ngôn"),
    url_name="officials:spokespersons",
    description=_("Người phát ngôn của các cơ quan: chức vụ, điện thoại, thư điện tử."),
    describe=lambda person: HitText(
        title=f"{person.name} – {person.position}", text=f"{person.phone} {person.email}".strip()
    ),
    linked=lambda: False,
    listed=lambda: True,
    order=63,
)
_register_live(
    Commendation,
    code="khen-thuong-xu-ly",
    group=OPEN_INFORMATION,
    name=_("Khen thưởng, xử lý vi phạm"),
    hit_label=_("Khen thưởng, xử lý vi phạm"),
    url_name="officials:commendations",
    description=_("Quyết định khen thưởng, xử lý vi phạm đối với tổ chức, doanh nghiệp."),
    describe=lambda record: HitText(title=str(record), text=record.content, date=record.decided_on),
    search_only=("id", "kind", "organisation", "decision_number", "content", "decided_on"),
    order=64,
)
