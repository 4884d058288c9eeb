"""The public portal of the demo province: site, settings, sections, topics, introduction pages, articles
with locally drawn pictures (data/portal/), and the demo administrator. Existing pages are left as they
are."""

from __future__ import annotations

import datetime as dt
import io
import random

from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from cong.core.addresses import absolute_url, served_address
from cong.portal.models import ArticlePage, HomePage, IntroPage, PortalSettings, SectionPage, TopicPage

from .factories import DemoUserFactory
from .files import markdown_files, read_markdown, read_toml
from .users import ADMIN, DEMO_PASSWORD

PROVINCE = read_toml("portal/province.toml")
COLLECTION = "Ảnh minh họa (dữ liệu mẫu)"  # i18n: data
SETTINGS = ("portal_name", "agency_name", "operator", "person_responsible", "address", "phone", "fax", "email",
            "copyright")  # fmt: skip
PALETTES = {
    "green": ((46, 125, 50), (200, 230, 201)),
    "blue": ((21, 101, 192), (187, 222, 251)),
    "gold": ((191, 144, 0), (255, 236, 179)),
    "red": ((165, 14, 14), (255, 205, 210)),
    "teal": ((0, 105, 92), (178, 223, 219)),
    "purple": ((81, 45, 168), (209, 196, 233)),
}


def articles() -> list[tuple[dict, list]]:
    """(front matter, body) of every demo article, in order (data/portal/articles/)."""
    return [read_markdown(path) for path in markdown_files("portal/articles")]


def generate_picture(seed: str, palette: str, size=(1200, 750)) -> bytes:
    """A landscape-like illustration drawn with Pillow: sky gradient, sun, hills and fields."""
    rng = random.Random(seed)
    dark, light = PALETTES.get(palette, PALETTES["blue"])
    width, height = size
    picture = PILImage.new("RGB", size, light)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        t = y / height
        colour = tuple(int(light[i] * (1 - t) + 255 * t * 0.3 + dark[i] * t * 0.7) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    sun_x, sun_r = rng.randint(150, width - 150), rng.randint(50, 90)
    draw.ellipse([sun_x - sun_r, 80, sun_x + sun_r, 80 + 2 * sun_r], fill=(255, 224, 130))
    for layer in range(4):
        base = int(height * (0.45 + layer * 0.13))
        shade = tuple(max(0, c - 25 * layer) for c in dark)
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base + rng.randint(-60, 40)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def demo_collection() -> Collection:
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=COLLECTION).first() or root.add_child(name=COLLECTION)


def make_image(slug: str, spec: dict, collection: Collection):
    image_model = get_image_model()
    found = image_model.objects.filter(title=spec["alt"], collection=collection).first()
    if found:
        return found
    image = image_model(title=spec["alt"], collection=collection)
    image.file = ImageFile(
        io.BytesIO(generate_picture(slug, spec.get("palette", "blue"))), name=f"{slug}.jpg"
    )
    image.save()
    return image


def body_blocks(body: list[tuple[str, str]]) -> list[dict]:
    """StreamField blocks of a Markdown body: paragraphs and h2 subheadings."""
    return [
        {"type": "heading", "value": {"text": text, "level": "h2"}}
        if kind == "heading"
        else {"type": "paragraph", "value": f"<p>{text}</p>"}
        for kind, text in body
    ]


def table_block(spec: dict) -> dict:
    return {
        "type": "table",
        "value": {
            "data": [spec["header"], *spec["rows"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": spec.get("caption", ""),
        },
    }


def publish(parent: Page, page: Page, when=None) -> Page:
    parent.add_child(instance=page)
    page.save_revision(log_action=False).publish(log_action=False)
    page.refresh_from_db()
    if when is not None:
        Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    return page


def child_by_slug(parent: Page, slug: str):
    return parent.get_children().filter(slug=slug).first()


def ensure_home() -> HomePage:
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's installer leaves a "Welcome" page at the default slug; the demo home replaces it.
        for stale in root.get_children().filter(slug="home").exclude(content_type__model="homepage"):
            if site and site.root_page_id == stale.id:
                site.root_page = root
                site.save()
            stale.delete()
        home = publish(
            root, HomePage(title=PROVINCE["portal_name"], slug="trang-chu", intro=PROVINCE["intro"])
        )
    if site is None:
        hostname, port = served_address() or ("localhost", 80)
        site = Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)
    site.root_page = home
    site.site_name = PROVINCE["portal_name"]
    site.save()
    return home


def load_settings(site: Site) -> None:
    portal = PortalSettings.for_site(site)
    for name in SETTINGS:
        setattr(portal, name, PROVINCE[name])
    portal.attribution_notice = PROVINCE["attribution"]
    portal.online_services_url = f"https://dichvucong.{PROVINCE['domain']}/"
    portal.save()


def load_sections(home: HomePage) -> dict:
    """The section tree, parents before children (data/portal/sections.toml)."""
    sections: dict = {}
    for spec in read_toml("portal/sections.toml")["sections"]:
        parent = sections[spec["parent"]] if "parent" in spec else home
        section = child_by_slug(parent, spec["slug"])
        if section is None:
            section = publish(
                parent,
                SectionPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    intro=spec.get("intro", ""),
                    show_on_home=spec.get("show_on_home", False),
                    show_in_menus="parent" not in spec,
                ),
            )
        sections[spec["slug"]] = section.specific
    return sections


def load_intro(home: HomePage) -> None:
    intro = child_by_slug(home, "gioi-thieu")
    if intro is None:
        intro = publish(  # i18n: data
            home,
            IntroPage(title="Giới thiệu", slug="gioi-thieu", lead=PROVINCE["intro"], show_in_menus=True),
        )
    for path in markdown_files("portal/intro"):
        spec, body = read_markdown(path)
        if child_by_slug(intro, spec["slug"]):
            continue
        blocks = body_blocks(body) + ([table_block(spec["table"])] if "table" in spec else [])
        publish(
            intro, IntroPage(title=spec["title"], slug=spec["slug"], lead=spec.get("lead", ""), body=blocks)
        )


def load_topics(home: HomePage) -> dict:
    topics = {}
    for spec in read_toml("portal/topics.toml")["topics"]:
        topic = child_by_slug(home, spec["slug"])
        if topic is None:
            topic = publish(home, TopicPage(title=spec["title"], slug=spec["slug"], intro=spec["intro"]))
        topics[spec["slug"]] = topic.specific
    return topics


def load_articles(now: dt.datetime, sections: dict, topics: dict, collection) -> int:
    """The articles, dated ``days_ago`` before ``now`` (spread over the hours of the day)."""
    now = now.replace(second=0, microsecond=0)
    created = 0
    for index, (spec, body) in enumerate(articles()):
        section = sections[spec["section"]]
        if child_by_slug(section, spec["slug"]):
            continue
        when = now - dt.timedelta(days=spec["days_ago"], hours=(index * 7) % 9, minutes=(index * 13) % 60)
        blocks = body_blocks(body)
        image = None
        if "image" in spec:
            picture = spec["image"]
            image = make_image(spec["slug"], picture, collection)
            shown = {"image": image.pk, "alt": picture["alt"], "caption": picture.get("caption", ""),
                     "credit": picture.get("credit", "")}  # fmt: skip
            blocks.insert(1, {"type": "image", "value": shown})
        if "table" in spec:
            blocks.append(table_block(spec["table"]))
        article = ArticlePage(
            title=spec["title"],
            slug=spec["slug"],
            lead=spec["lead"],
            body=blocks,
            authors=spec.get("authors", ""),
            source=spec.get("source", ""),
            published_at=when,
            featured=spec.get("featured", False),
            main_image=image,
            main_image_alt=image.title if image else "",
        )
        article.tags.add(*spec.get("tags", []))
        article.topics.set([topics[slug] for slug in spec.get("topics", []) if slug in topics])
        publish(section, article, when=when)
        created += 1
    return created


def ensure_admin(say) -> None:
    DemoUserFactory(username=ADMIN.username, is_staff=True, is_superuser=True)
    say(
        _("Tài khoản quản trị mẫu: %(username)s / %(password)s — đăng nhập tại %(url)s")
        % {"username": ADMIN.username, "password": DEMO_PASSWORD, "url": absolute_url("/quan-tri/")}
    )


def load(now: dt.datetime, say) -> None:
    home = ensure_home()
    load_settings(Site.objects.get(root_page=home))
    collection = demo_collection()
    load_intro(home)
    sections = load_sections(home)
    topics = load_topics(home)
    created = load_articles(now, sections, topics, collection)
    say(
        _("Cổng: %(sections)s chuyên mục, %(created)s tin bài mới.")
        % {"sections": len(sections), "created": created}
    )
    ensure_admin(say)
