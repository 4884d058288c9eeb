"""Template tags of the public site: the main menu and the portal's home."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


def _site(context):
    request = context.get("request")
    site = getattr(request, "_cong_site", None) if request else None
    if site is None and request is not None:
        site = Site.find_for_request(request)
        request._cong_site = site
    return site


@register.inclusion_tag("portal/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Menu: Trang chủ, the home page's children shown in menus (Giới thiệu, sections…), Dịch vụ công
    trực tuyến and Sơ đồ trang — the entries TT32-16 requires."""
    site = _site(context)
    current = context.get("page")
    items = []
    if site is not None:
        items = list(Page.objects.child_of(site.root_page).live().in_menu().order_by("path"))
    current_path = getattr(current, "path", "")
    return {
        "request": context.get("request"),
        "home": site.root_page if site else None,
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "is_home": bool(site and current and current.pk == site.root_page_id),
        "settings": context.get("settings"),
    }


@register.simple_tag(takes_context=True)
def home_url(context):
    site = _site(context)
    return site.root_page.get_url(context.get("request")) if site else "/"


@register.simple_tag
def public_registers():
    """The public registers this province runs (legal documents, gazette, drafts, Q&A, petitions, schedules,
    projects, statistics…) under their headings, for the footer, the home page and the site map — so each
    is one click from every page: a list of (heading, registers)."""
    from ..registers import grouped_registers

    return grouped_registers()
