"""Admin screen of the portal's other languages: «Bản dịch tiếng Anh», the pages translated, behind their
Vietnamese source or still to translate (issue 16; shown where the profile enables English)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .languages import VIETNAMESE_NAMES, enabled_languages
from .translations import translation_rows


def translations_title(language: str) -> str:
    """ "Bản dịch tiếng Anh": the screen's title and menu label."""
    return gettext("Bản dịch %(language)s") % {"language": VIETNAMESE_NAMES[language]}


def _explorable_root(user):
    return policy_registry.get_by_type(Page).explorable_root_instance(user)


class TranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """Bản dịch: one row per page, its Vietnamese source and translation linked to their editors."""

    template_name = "portal/admin/translations.html"
    header_icon = "globe"

    def dispatch(self, request, language="en", *args, **kwargs):
        if language not in enabled_languages()[1:]:
            raise PermissionDenied
        self.root = _explorable_root(request.user)
        if self.root is None:
            raise PermissionDenied
        self.language = language
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return translations_title(self.language)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        finder = AdminURLFinder(self.request.user)
        rows = translation_rows(self.language, within=self.root)
        context["rows"] = [
            {
                "row": row,
                "source_url": finder.get_edit_url(row.source) if row.source else "",
                "translation_url": finder.get_edit_url(row.translation) if row.translation else "",
                "translate_url": (
                    reverse("simple_translation:submit_page_translation", args=[row.source.pk])
                    if row.source and not row.translation
                    else ""
                ),
            }
            for row in rows
        ]
        context["counts"] = {
            state: sum(r.state == state for r in rows) for state in ("behind", "missing", "draft")
        }
        context["language"] = str(VIETNAMESE_NAMES[self.language])
        return context


@hooks.register("register_admin_urls")
def register_translations_url():
    return [path("ban-dich/<str:language>/", TranslationsView.as_view(), name="portal_translations")]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return len(enabled_languages()) > 1 and _explorable_root(request.user) is not None


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    language = settings.WAGTAIL_CONTENT_LANGUAGES[-1][0] if settings.WAGTAIL_I18N_ENABLED else "en"
    return TranslationsMenuItem(
        lazy(translations_title, str)(language),
        reverse("portal_translations", args=[language]),
        icon_name="globe",
        order=254,
    )


# The page explorer's filters and the page chooser with many member portals (registers its own hooks).
from . import admin_listings  # noqa: E402, F401
