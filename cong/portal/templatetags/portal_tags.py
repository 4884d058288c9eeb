"""Template tags of the public site: the main menu, the portal's home and the language links."""

from django import template
from django.utils import translation
from wagtail.models import Page, Site

from .. import languages

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


@register.inclusion_tag("portal/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Menu: Trang chủ, the home page's children shown in menus (Giới thiệu, sections…), Dịch vụ công
    trực tuyến and Sơ đồ trang — the entries TT32-16 requires."""
    home = _home(context)
    current = context.get("page")
    items = []
    if home is not None:
        items = list(Page.objects.child_of(home).live().in_menu().order_by("path"))
    current_path = getattr(current, "path", "")
    return {
        "request": context.get("request"),
        "home": home,
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "is_home": bool(home and current and current.pk == home.pk),
        "settings": context.get("settings"),
    }


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
    from ..registers import grouped_registers

    request = context.get("request")
    if request is None:
        return grouped_registers()
    if not hasattr(request, "_cong_public_registers"):
        request._cong_public_registers = grouped_registers()
    return request._cong_public_registers
