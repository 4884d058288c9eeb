"""The demo province's English pages (/en/, ND43-13): the home, introduction, contacts, tourism, services
for foreigners, investment and a few news items, translated from their Vietnamese pages as an editor does
with «Dịch» (data/portal/english/). Vietnamese pages that the English ones translate and that the rest of
the demo lacks (contacts, tourism, services for foreigners) are made first. Loaded only where the profile
enables English."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from cong.portal.languages import enabled_languages, translate_page
from cong.portal.models import IntroPage, PortalSettings

from .files import markdown_files, read_markdown
from .portal import PROVINCE, body_blocks, child_by_slug, publish

LANGUAGE = "en"
PORTAL_NAME = "Hoa Son Provincial Portal"


def vietnamese_page(home: Page, path: str, spec: dict | None) -> Page:
    """The Vietnamese page at ``path`` under the home; made from ``spec`` (an introduction page) if missing."""
    page = home
    for slug in filter(None, path.split("/")):
        child = child_by_slug(page, slug)
        if child is None and spec is not None:
            child = publish(
                page,
                IntroPage(
                    title=spec["title"],
                    slug=slug,
                    lead=spec.get("lead", ""),
                    body=body_blocks(_blocks(spec.get("body", []))),
                    show_in_menus=False,
                ),
            )
        if child is None:
            raise LookupError(_("Trang tiếng Việt «%(path)s» không có trong dữ liệu mẫu") % {"path": path})
        page = child
    return page.specific


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    return [("heading", line[3:]) if line.startswith("## ") else ("paragraph", line) for line in lines]


def load(now: dt.datetime, say) -> None:
    if LANGUAGE not in enabled_languages():
        return
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    locale = Locale.objects.get_or_create(language_code=LANGUAGE)[0]
    made = 0
    for path in markdown_files("portal/english"):
        spec, body = read_markdown(path)
        original = vietnamese_page(home, spec["translates"], spec.get("vietnamese"))
        fields = {"title": spec["title"], "slug": spec["slug"]}
        for name in ("lead", "intro", "main_image_alt", "source", "authors"):
            if name in spec:
                fields[name] = spec[name]
        if "keywords" in spec:  # an article's own English keywords, not the Vietnamese ones copied over
            fields["tags"] = spec["keywords"]
        if body:
            fields["body"] = body_blocks(body)
        # the English menu: the home's children (about, contact, tourism, services for foreigners…)
        fields["show_in_menus"] = original.depth == home.depth + 1
        if original.get_translation_or_none(locale) is None:
            translate_page(original, LANGUAGE, **fields)
            made += 1
    portal = PortalSettings.for_site(site)
    portal.portal_name_en = PORTAL_NAME
    portal.save()
    say(
        _("Cổng tiếng Anh (/en/): %(count)s trang dịch mới từ trang tiếng Việt của %(portal)s.")
        % {"count": made, "portal": PROVINCE["portal_name"]}
    )
