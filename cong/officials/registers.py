"""The officials app's public registers: leaders, the directory, statements (with spokespersons),
commendations and sanctions.

The portal links them from every page's footer, the home page and the site map, lists their public items
in ``sitemap.xml`` and searches them (see ``cong/portal/registers.py``). Spokespersons are reached from
/phat-ngon/ and searched, but have no footer link of their own.
"""

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
    name="Lãnh đạo",
    hit_label="Lãnh đạo",
    url_name="officials:leaders",
    description="Lãnh đạo tỉnh: chức vụ, tiểu sử, phân công nhiệm vụ.",
    describe=lambda leader: HitText(title=str(leader), text=leader.duties or leader.biography),
    search_only=("id", "name", "position", "duties", "biography"),
    order=60,
)
_register_live(
    Official,
    code="danh-ba",
    group=LOOKUP,
    name="Danh bạ",
    hit_label="Danh bạ",
    url_name="officials:officials",
    description="Danh bạ điện thoại, thư điện tử công vụ của cán bộ, công chức; tải vCard.",
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
    name="Phát ngôn",
    hit_label="Phát ngôn, thông cáo báo chí",
    url_name="officials:statements",
    description="Phát ngôn, thông cáo báo chí và người phát ngôn của các cơ quan.",
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
    name="Người phát ngôn",
    hit_label="Người phát ngôn",
    url_name="officials:spokespersons",
    description="Người phát ngôn của các cơ quan: chức vụ, điện thoại, thư điện tử.",
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
    name="Khen thưởng, xử lý vi phạm",
    hit_label="Khen thưởng, xử lý vi phạm",
    url_name="officials:commendations",
    description="Quyết định khen thưởng, xử lý vi phạm đối với tổ chức, doanh nghiệp.",
    describe=lambda record: HitText(title=str(record), text=record.content, date=record.decided_on),
    search_only=("id", "kind", "organisation", "decision_number", "content", "decided_on"),
    order=64,
)
