"""The portal in other languages (ngôn ngữ): the English tree at /en/ (BK-3.2, ST-3.1, ND43-13).

The profile's ``i18n.languages`` lists the public languages; Vietnamese is always first. An English page is
a Wagtail translation of a Vietnamese page (same ``translation_key``, locale ``en``), made in the admin with
«Dịch» (wagtail.contrib.simple_translation) and kept under the English copy of the site's home page. This
module serves that tree, tells each page its counterparts for the language switcher and the ``hreflang``
links, and falls back to the Vietnamese page — with a note in English — where no translation exists yet.
See docs/features/english-portal.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site

from cong.core import compiled
from cong.core.profiles import get_profile

DEFAULT = settings.LANGUAGE_CODE
NAMES = dict(settings.LANGUAGES)
# How each language names itself in the switcher (the link text is in that language, with its lang).
OWN_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # i18n: data (each language's own name, never translated)
# Its name in the admin, which is in Vietnamese.
VIETNAMESE_NAMES = {"vi": gettext_lazy("tiếng Việt"), "en": gettext_lazy("tiếng Anh")}


def enabled_languages() -> list[str]:
    """The public languages of this province, Vietnamese first (profile ``i18n.languages``)."""
    languages = list(get_profile()["i18n.languages"])
    return [DEFAULT] + [code for code in languages if code != DEFAULT and code in NAMES]


def locale_for(language: str) -> Locale | None:
    return Locale.objects.filter(language_code=language).first()


def site_home(site: Site | None, language: str, locale: Locale | None = None) -> Page | None:
    """The site's home page in ``language`` (its live translation), or None where there is none."""
    if site is None:
        return None
    if language == DEFAULT:
        return site.root_page
    locale = locale or locale_for(language)
    if locale is None:
        return None
    home = site.root_page.get_translation_or_none(locale)
    return home if home is not None and home.live else None


def live_translations(request, page: Page) -> list[Page]:
    """The live translations of ``page``, itself included, with their locales: read once a request (the
    fallback's redirect check and the language switcher ask the same)."""
    cached = getattr(request, "_cong_translations", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    result = compiled.fetch(
        type(page),
        ("live_translations", type(page)._meta.label, page.pk, page.translation_key),
        lambda: page.get_translations(inclusive=True).live().select_related("locale"),
    )
    request._cong_translations = (page.pk, result)
    return result


def _serve_page(request, path, page, args, kwargs):
    """Serve a page routed here through Wagtail's own view (its hooks: view restrictions, the page cache…),
    which takes the route it finds already on the request instead of routing again."""
    request._wagtail_route_for_request = (page, args, kwargs)
    return wagtail_views.serve(request, path)


def find_site(request) -> Site | None:
    """``Site.find_for_request``'s answer, kept on the request where Wagtail keeps it: the same candidates
    (this host name, or the default site) with the root page, ranked in Python the way
    ``wagtail.models.sites.get_site_for_hostname`` ranks them in SQL — building its ``CASE`` expression cost
    more than the query itself."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        sites = compiled.fetch(
            Site,
            ("find_site", hostname),
            lambda: (
                Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True))
                .select_related("root_page")
                .order_by()
            ),
        )

        def match(
            site,
        ):  # Wagtail's MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT, MATCH_DEFAULT, MATCH_HOSTNAME
            if site.hostname == hostname and str(site.port) == str(port):
                return 0
            if site.hostname == hostname and site.is_default_site:
                return 1
            return 2 if site.is_default_site else 3

        sites.sort(key=match)
        site = None
        if sites:
            if len(sites) == 1 or match(sites[0]) in (0, 1):
                site = sites[0]
            elif match(sites[0]) == 2:
                site = sites[len(sites) == 2]
        request._wagtail_site = site
    return request._wagtail_site


def _site_root_for(request, language: str) -> Page | None:
    """The site's root page (its ``Page`` row, found with the site) when it is the page Wagtail's routing
    starts from in ``language`` (``site.root_page.localized``) — its language read from Wagtail's cached
    site root paths, not a locale query; None where Wagtail's own routing should answer."""
    site = find_site(request)
    if site is None:
        return None
    root = site.root_page
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        languages = {
            entry.language_code
            for entry in Site.get_site_root_paths()
            if entry.site_id == site.pk and entry.root_path == root.url_path
        }
        if languages != {language}:
            return None
    return root


def _route_from(request, home: Page, components: list[str]):
    """Wagtail's route from a site's home page (in any language): a page below it found by its address
    without the specific home page's row (``walk_by_url_path``); the home page itself, or any address that
    walk leaves to Wagtail, routed by the specific home page. Http404 where nothing answers."""
    from .models.pages import HomePage, walk_by_url_path

    model = home.specific_class
    if components and model is not None and issubclass(model, HomePage) and model.route is HomePage.route:
        result = walk_by_url_path(home, request, components)
        if result is not None:
            return result
    return home.specific.route(request, components)


def serve(request, path):
    """Every Wagtail page address, in each language's tree.

    Vietnamese (no prefix) is Wagtail's own routing. A language prefix the profile does not enable is a 404,
    as is any address there once the province turns the language off. Within an enabled language, the
    page of that language's tree answers; where there is none, the Vietnamese page at the same address does,
    with a note in that language (``request.translation_missing``) — or, when that Vietnamese page has a
    translation elsewhere, a redirect to it."""
    language = translation.get_language()
    if language == DEFAULT:
        root = _site_root_for(request, language)
        if root is None or root.specific_class is None:
            return wagtail_views.serve(request, path)
        page, args, kwargs = _route_from(request, root, [part for part in path.split("/") if part])
        return _serve_page(request, path, page, args, kwargs)
    if language not in enabled_languages():
        raise Http404
    site = find_site(request)
    if site is None:
        raise Http404
    components = [part for part in path.split("/") if part]
    locale = locale_for(language)
    home = site_home(site, language, locale) if locale is not None else None
    if home is not None:
        request._cong_home = home  # the menu's and the brand's home: no second look-up (portal_tags._home)
        try:
            page, args, kwargs = _route_from(request, home, components)
        except Http404:
            pass
        else:
            return _serve_page(request, path, page, args, kwargs)
    page, args, kwargs = _route_from(request, site.root_page, components)  # Http404 when none either
    translated = None
    if locale is not None:
        others = live_translations(request, page)
        translated = next((o for o in others if o.locale_id == locale.pk and o.pk != page.pk), None)
    if translated is not None and translated.url:
        return redirect(translated.url)
    request.translation_missing = True
    return _serve_page(request, path, page, args, kwargs)


@dataclass
class Alternate:
    """A page's counterpart in one language: for ``<link rel=alternate hreflang>`` and the switcher."""

    language: str
    url: str
    name: str
    current: bool
    exact: bool  # the page itself in that language (an hreflang alternate), not a stand-in


def alternates(request, page: Page | None) -> list[Alternate]:
    """The page in each enabled language, current language included.

    Where the page has no translation, the switcher leads to the Vietnamese page under the language's
    prefix (which shows it with the note); outside Wagtail's pages, to the language's home. Only real
    counterparts are ``exact``, for hreflang.
    """
    languages = enabled_languages()
    if len(languages) < 2:
        return []
    current = translation.get_language()
    site = Site.find_for_request(request)
    translations = {}
    if page is not None and page.pk:
        for other in live_translations(request, page):
            translations[other.locale.language_code] = other
        if getattr(request, "translation_missing", False):
            # the page's own language: found among its translations just read (no locale query)
            own = next((code for code, other in translations.items() if other.pk == page.pk), None)
            translations.pop(own or page.locale.language_code, None)
            translations[DEFAULT] = page
    vietnamese = translations.get(DEFAULT)
    result = []
    for language in languages:
        target = translations.get(language)
        if target is not None:
            url = target.get_url(request)
        elif vietnamese is not None and (vi_url := vietnamese.get_url(request) or "").startswith("/"):
            # not translated: the Vietnamese page under the language's prefix, with the note
            url = f"/{language}{vi_url}"
        else:  # a page outside Wagtail (search, registers): the language's home
            home = site_home(site, language)
            url = (
                home.get_url(request)
                if home is not None
                else ("/" if language == DEFAULT else f"/{language}/")
            )
        name = OWN_NAMES.get(language, NAMES[language])
        result.append(Alternate(language, url or "/", name, language == current, language in translations))
    return result


def translate_page(page: Page, language: str, user=None, **fields) -> Page:
    """Make (or update) the ``language`` version of a Vietnamese page with ``fields`` (title, slug, lead…)
    and publish it: what an editor does with «Dịch» then «Xuất bản». The parent must be translated first —
    an untranslated parent would be copied as an alias showing Vietnamese content in the English tree."""
    locale, _created = Locale.objects.get_or_create(language_code=language)
    page = page.specific
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale, copy_parents=False, alias=False)
    translated = translated.specific
    for name, value in fields.items():
        if name == "tags":  # an article's keywords: a cluster of their own, not an attribute
            translated.tags.set(value)
        else:
            setattr(translated, name, value)
    translated.save_revision(user=user, log_action=False).publish(user=user, log_action=False)
    translated.refresh_from_db()
    return translated
