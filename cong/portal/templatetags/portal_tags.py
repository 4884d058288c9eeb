"""Template tags of the public site: the main menu, the portal's home, the language links, article
cards and the register links (the last three kept as fragments: ``cong.portal.fragments``)."""

from django import template
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from cong.core import compiled

from .. import fragments, languages
from ..models.pages import descendants

register = template.Library()


def _site(context):
    request = context.get("request")
    site = getattr(request, "_cong_site", None) if request else None
    if site is None and request is not None:
        site = Site.find_for_request(request)
        request._cong_site = site
    return site


def _home(context):
    """The site's home page in the language of the request: the English home under /en/ (where the site
    has one), the Vietnamese home otherwise."""
    request = context.get("request")
    cached = getattr(request, "_cong_home", None) if request else None
    if cached is not None:
        return cached
    site = _site(context)
    if site is None:
        return None
    home = languages.site_home(site, translation.get_language()) or site.root_page
    if request is not None:
        request._cong_home = home
    return home


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Menu: Trang chủ, the home page's children shown in menus (Giới thiệu, sections…), Dịch vụ công
    trực tuyến and Sơ đồ trang — the entries TT32-16 requires. One query for the entries; the HTML is kept
    (``cong.portal.fragments``) under everything it shows: entries, the current one, the services link."""
    request = context.get("request")
    home = _home(context)
    current = context.get("page")
    items = []
    found = getattr(request, "_cong_menu", None)  # read with the routing (``walk_by_url_path``)
    if home is not None and found is not None and found[0] == home.pk:
        items = found[1]
    elif home is not None:
        items = compiled.fetch(
            Page,
            ("main_menu", home.path, home.depth),
            lambda: descendants(Page.objects, home, 1).live().in_menu().order_by("path"),
        )
    current_path = getattr(current, "path", "")
    is_home = bool(home and current and current.pk == home.pk)
    marked = [(item, current_path.startswith(item.path)) for item in items]
    portal = context.get("settings")
    services = ""
    if portal is not None:
        services = getattr(portal["portal"]["PortalSettings"], "online_services_url", "") or ""
    key = (
        "menu",
        fragments.request_key(request),
        (home.pk, home.url_path) if home else None,
        tuple((item.pk, item.title, item.url_path, active) for item, active in marked),
        is_home,
        services,
    )
    return fragments.memo(
        key,
        lambda: get_template("portal/includes/main_menu.html").render(
            {"request": request, "home": home, "items": marked, "is_home": is_home, "services_url": services}
        ),
    )


@register.simple_tag(takes_context=True)
def home_url(context):
    home = _home(context)
    return home.get_url(context.get("request")) if home else "/"


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """This page in each public language (none when the profile enables Vietnamese only): the language
    switcher and the hreflang links of base.html."""
    request = context.get("request")
    if request is None:
        return []
    if not hasattr(request, "_cong_alternates"):
        request._cong_alternates = languages.alternates(request, context.get("page"))
    return request._cong_alternates


@register.simple_tag(takes_context=True)
def public_registers(context):
    """The public registers this province runs (legal documents, gazette, drafts, Q&A, petitions, schedules,
    projects, statistics…) under their headings, for the footer, the home page and the site map — so each
    is one click from every page: a list of (heading, registers). Worked out once a request (the home page
    shows them twice; some registers are linked only while they have a published item: a query each)."""
    from ..registers import grouped_registers, kept_answers

    request = context.get("request")
    with kept_answers():  # registers asking the same question (schedules: any published record?) ask once
        if request is None:
            return grouped_registers()
        if not hasattr(request, "_cong_public_registers"):
            request._cong_public_registers = grouped_registers()
    return request._cong_public_registers


@register.simple_tag(takes_context=True)
def registers_nav(context):
    """The footer's links to the public registers (``portal/includes/registers_nav.html``), kept under the
    registers it links (a register without a published item may be left out) and the language."""
    request = context.get("request")
    groups = public_registers(context)
    key = (
        "registers",
        fragments.request_key(request),
        tuple(
            (str(heading), tuple((entry.code, entry.title) for entry in entries))
            for heading, entries in groups
        ),
    )
    return fragments.memo(
        key, lambda: get_template("portal/includes/registers_nav.html").render({"request": request})
    )


def _card_values(article) -> tuple:
    """What an article's card shows (a ``CardRow`` or the ``ArticlePage`` itself): its key's content."""
    from ..models.pages import CardRow

    if isinstance(article, CardRow):
        image = article.image_key
    else:
        image = _image_key(article.main_image if article.main_image_id else None)
    return (article.pk, article.title, article.lead, article.published_at, article.url_path,
            article.main_image_alt, image)  # fmt: skip


class _Unkept(Exception):  # noqa: N818 — not an error: rendered HTML that must not be kept
    """Rendered HTML not to keep as a fragment: a listed article or section was deleted between the
    listing's query and the rendering (the next request lists without it)."""

    def __init__(self, html: str = ""):
        super().__init__()
        self.html = html


@register.simple_tag(takes_context=True)
def article_card(context, article, level=3, compact=False, featured=False):
    """An article's card in a listing (``portal/includes/article_card.html``; the home page's lead item:
    ``featured``, ``portal/includes/featured_main.html``), kept under what it shows. ``article`` is a
    ``CardRow`` (a listing's values; the page is read only to render a card not kept yet) or the page."""
    from ..models.pages import CardRow, prefetch_renditions

    request = context.get("request")
    values = _card_values(article)
    key = ("featured" if featured else "card", fragments.request_key(request), *values, level, bool(compact))

    def render():
        page = article.article if isinstance(article, CardRow) else article
        if page is None:
            raise _Unkept
        if page.main_image_id and (featured or not compact):
            prefetch_renditions(getattr(page, "_card_batch", None) or [page])
        template = "portal/includes/featured_main.html" if featured else "portal/includes/article_card.html"
        return get_template(template).render(
            {"request": request, "article": page, "level": level, "compact": compact}
        )

    try:
        return fragments.memo(key, render)
    except _Unkept as unkept:
        return mark_safe(unkept.html)  # noqa: S308 — our templates' output


@register.simple_tag(takes_context=True)
def home_content(context, featured, latest, section_blocks):
    """The home page's content (``portal/includes/home_content.html``: featured and latest items, each home
    section's latest items, the register links), kept under everything it shows: the cards' values, each
    section's id, title and address, the register links and the portal's name. A block not kept yet reads
    the sections' pages (``HomeSection`` holds their values only) and renders the cards as usual."""
    from ..models.pages import SectionPage

    request = context.get("request")
    portal = _portal_settings(context)
    display_name = portal.display_name if portal is not None else ""
    language = translation.get_language()
    registers = public_registers(context) if language == "vi" else []
    key = (
        "home",
        fragments.request_key(request),
        display_name,
        tuple(_card_values(row) for row in featured),
        tuple(_card_values(row) for row in latest),
        tuple((tuple(section), tuple(_card_values(row) for row in rows)) for section, rows in section_blocks),
        tuple(
            (
                str(heading),
                tuple((entry.code, str(entry.title), entry.url, str(entry.description)) for entry in entries),
            )
            for heading, entries in registers
        ),  # fmt: skip
    )

    def render():
        pages = SectionPage.objects.in_bulk([section.pk for section, _rows in section_blocks])
        blocks = [(pages[section.pk], rows) for section, rows in section_blocks if section.pk in pages]
        gone = len(blocks) != len(section_blocks) or any(
            row.article is None for rows in (featured, latest, *(rows for _, rows in blocks)) for row in rows
        )
        html = get_template("portal/includes/home_content.html").render(
            {
                "request": request,
                "display_name": display_name,
                "featured": featured,
                "latest": latest,
                "section_blocks": blocks,
            }
        )
        if gone:
            raise _Unkept(html)
        return html

    try:
        return fragments.memo(key, render)
    except _Unkept as unkept:
        return mark_safe(unkept.html)  # noqa: S308 — our templates' output


@register.simple_tag(takes_context=True)
def page_body(context, page, name="body"):
    """The page's StreamField ``name`` rendered block by block (each block's own template), kept under its
    stored value and what it shows of other objects (``fragments.body_key``): a publication is a new key."""
    request = context.get("request")

    def render():
        # The blocks' templates read their value and the request only (not the page's context): the key
        # above holds everything the output depends on.
        block_context = {"request": request}
        return "".join(block.render_as_block(context=block_context) for block in getattr(page, name))

    key = fragments.body_key(page, name, request)
    if key is None:
        return mark_safe(render())  # noqa: S308 — the blocks' templates escape
    return fragments.memo(key, render, body=True)


def _image_key(image) -> tuple | None:
    """What a rendition of ``image`` shows: its file, size and focal point."""
    if image is None:
        return None
    return (image.pk, image.file.name, image.width, image.height, image.focal_point_x, image.focal_point_y,
            image.focal_point_width, image.focal_point_height)  # fmt: skip


def _portal_key(portal) -> tuple:
    """Every stored value of the site's PortalSettings (the header and footer show most of them), its logo."""
    if portal is None:
        return ()
    values = tuple(field.value_from_object(portal) for field in portal._meta.concrete_fields)
    return (values, _image_key(portal.logo) if portal.logo_id else None)


def _portal_settings(context):
    settings = context.get("settings")
    return settings["portal"]["PortalSettings"] if settings is not None else None


@register.simple_tag(takes_context=True)
def site_header(context):
    """The accessibility toolbar, the language switcher, the brand, the search box and the main menu
    (``portal/includes/site_header.html``), kept under everything they show: the portal's settings and
    logo, this page's language links, the home address, the search words and the menu's HTML."""
    request = context.get("request")
    portal = _portal_settings(context)
    alternates = language_alternates(context)
    menu = main_menu(context)
    home = home_url(context)
    query = str(context.get("query") or "")
    key = (
        "header",
        fragments.request_key(request),
        _portal_key(portal),
        tuple((a.language, a.url, a.name, a.current, a.exact) for a in alternates),
        home,
        query,
        menu,
    )

    def render():
        return get_template("portal/includes/site_header.html").render(
            {
                "request": request,
                "portal": portal,
                "alternates": alternates,
                "menu": menu,
                "home_url": home,
                "query": query,
                "LANGUAGE_CODE": translation.get_language(),
            }
        )

    if query:  # a search's words: one fragment each would only push the others out
        return mark_safe(render())  # noqa: S308 — our template escapes
    return fragments.memo(key, render)


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer (``portal/includes/site_footer.html``): the register links and the portal's contact
    block, kept under the portal's settings, the register links' HTML and the year of its copyright line."""
    request = context.get("request")
    portal = _portal_settings(context)
    registers = registers_nav(context)
    year = timezone.localtime().year
    key = ("footer", fragments.request_key(request), _portal_key(portal), registers, year)
    return fragments.memo(
        key,
        lambda: get_template("portal/includes/site_footer.html").render(
            {
                "request": request,
                "portal": portal,
                "registers": registers,
                "LANGUAGE_CODE": translation.get_language(),
            }
        ),
    )
