"""Demo province for the public portal: site, settings, sections, topics, intro pages, articles with
locally generated images, and a demo administrator. Idempotent: existing pages are left as they are."""

import io
import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from cong.core.addresses import absolute_url, served_address

from . import demo_data as data
from .models import ArticlePage, HomePage, IntroPage, PortalSettings, SectionPage, TopicPage

DEMO_ADMIN = {"username": "quantri", "password": "Cong-demo-2026", "email": "quantri@hoason.gov.vn"}

PALETTES = {
    "green": ((46, 125, 50), (200, 230, 201)),
    "blue": ((21, 101, 192), (187, 222, 251)),
    "gold": ((191, 144, 0), (255, 236, 179)),
    "red": ((165, 14, 14), (255, 205, 210)),
    "teal": ((0, 105, 92), (178, 223, 219)),
    "purple": ((81, 45, 168), (209, 196, 233)),
}


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
    existing = root.get_children().filter(name="Ảnh minh họa (dữ liệu mẫu)").first()
    return existing or root.add_child(name="Ảnh minh họa (dữ liệu mẫu)")


def make_image(slug: str, spec: dict, collection: Collection):
    image_model = get_image_model()
    title = spec["alt"]
    found = image_model.objects.filter(title=title, collection=collection).first()
    if found:
        return found
    content = generate_picture(slug, spec.get("palette", "blue"))
    image = image_model(title=title, collection=collection)
    image.file = ImageFile(io.BytesIO(content), name=f"{slug}.jpg")
    image.save()
    return image


def paragraph_blocks(paragraphs):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]


def table_block(spec):
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
    revision = page.save_revision(log_action=False)
    revision.publish(log_action=False)
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
            root,
            HomePage(
                title=data.PROVINCE["portal_name"],
                slug="trang-chu",
                intro=data.PROVINCE.get("intro", ""),
            ),
        )
    if site is None:
        hostname, port = served_address() or ("localhost", 80)
        site = Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)
    site.root_page = home
    site.site_name = data.PROVINCE["portal_name"]
    site.save()
    return home


def load_settings(site: Site):
    portal = PortalSettings.for_site(site)
    for field in (
        "portal_name",
        "agency_name",
        "operator",
        "person_responsible",
        "address",
        "phone",
        "fax",
        "email",
        "copyright",
    ):
        if data.PROVINCE.get(field):
            setattr(portal, field, data.PROVINCE[field])
    portal.attribution_notice = data.PROVINCE.get("attribution", portal.attribution_notice)
    portal.online_services_url = data.PROVINCE.get(
        "online_services_url", f"https://dichvucong.{data.PROVINCE['domain']}/"
    )
    portal.save()


def load_sections(parent: Page, specs, into: dict, top_level=True):
    for spec in specs:
        section = child_by_slug(parent, spec["slug"])
        if section is None:
            section = publish(
                parent,
                SectionPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    intro=spec.get("intro", ""),
                    show_on_home=spec.get("show_on_home", False),
                    show_in_menus=top_level,
                ),
            )
        into[spec["slug"]] = section.specific
        load_sections(section, spec.get("children", []), into, top_level=False)


def load_intro(home: HomePage, collection):
    intro = child_by_slug(home, "gioi-thieu")
    if intro is None:
        intro = publish(
            home,
            IntroPage(
                title="Giới thiệu",
                slug="gioi-thieu",
                lead=data.PROVINCE.get("intro", "") or f"Giới thiệu chung về {data.PROVINCE['agency_name']}.",
                show_in_menus=True,
            ),
        )
    for spec in data.INTRO_PAGES:
        if child_by_slug(intro, spec["slug"]):
            continue
        body = []
        headings = spec.get("headings") or {}
        for index, text in enumerate(spec["paragraphs"]):
            if index in headings or str(index) in headings:
                body.append(
                    {
                        "type": "heading",
                        "value": {"text": headings.get(index) or headings[str(index)], "level": "h2"},
                    }
                )
            body.extend(paragraph_blocks([text]))
        if spec.get("table"):
            body.append(table_block(spec["table"]))
        publish(
            intro, IntroPage(title=spec["title"], slug=spec["slug"], lead=spec.get("lead", ""), body=body)
        )


def load_topics(home: HomePage) -> dict:
    topics = {}
    for spec in data.TOPICS:
        topic = child_by_slug(home, spec["slug"])
        if topic is None:
            topic = publish(home, TopicPage(title=spec["title"], slug=spec["slug"], intro=spec["intro"]))
        topics[spec["slug"]] = topic.specific
    return topics


def load_articles(sections: dict, topics: dict, collection) -> int:
    now = timezone.now().replace(second=0, microsecond=0)
    created = 0
    for index, spec in enumerate(data.ARTICLES):
        section = sections[spec["section"]]
        if child_by_slug(section, spec["slug"]):
            continue
        when = now - timedelta(days=spec["days_ago"], hours=(index * 7) % 9, minutes=(index * 13) % 60)
        paragraphs = spec["paragraphs"]
        body = []
        if spec.get("heading") and len(paragraphs) > 2:
            body += paragraph_blocks(paragraphs[:-2])
            body.append({"type": "heading", "value": {"text": spec["heading"], "level": "h2"}})
            body += paragraph_blocks(paragraphs[-2:])
        else:
            body += paragraph_blocks(paragraphs)
        image = None
        if spec.get("image"):
            image = make_image(spec["slug"], spec["image"], collection)
            caption = {
                "image": image.pk,
                "alt": spec["image"]["alt"],
                "caption": spec["image"].get("caption", ""),
                "credit": spec["image"].get("credit", ""),
            }
            body.insert(1, {"type": "image", "value": caption})
        if spec.get("table"):
            body.append(table_block(spec["table"]))
        article = ArticlePage(
            title=spec["title"],
            slug=spec["slug"],
            lead=spec["lead"],
            body=body,
            authors=spec.get("authors", ""),
            source=spec.get("source", ""),
            published_at=when,
            featured=spec.get("featured", False),
            main_image=image,
            main_image_alt=spec["image"]["alt"] if image else "",
        )
        article.tags.add(*spec.get("tags", []))
        article.topics.set([topics[slug] for slug in spec.get("topics", []) if slug in topics])
        publish(section, article, when=when)
        created += 1
    return created


def ensure_admin(command):
    User = get_user_model()
    user = User.objects.filter(username=DEMO_ADMIN["username"]).first()
    if user is None:
        User.objects.create_superuser(**DEMO_ADMIN, first_name="Cổng", last_name="Quản trị")
    command.stdout.write(
        f"Tài khoản quản trị mẫu: {DEMO_ADMIN['username']} / {DEMO_ADMIN['password']} "
        f"— đăng nhập tại {absolute_url('/quan-tri/')}"
    )


def load(command):
    home = ensure_home()
    site = Site.objects.get(root_page=home)
    load_settings(site)
    collection = demo_collection()
    load_intro(home, collection)
    sections: dict = {}
    load_sections(home, data.SECTIONS, sections)
    topics = load_topics(home)
    created = load_articles(sections, topics, collection)
    command.stdout.write(f"Cổng: {len(sections)} chuyên mục, {created} tin bài mới.")
    ensure_admin(command)
