"""Keeping English pages with their Vietnamese sources (bản dịch): who may edit a translated tree, and which
translations are missing or behind their source — «Bản dịch tiếng Anh» in the admin (issue 16)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.dispatch import receiver
from django.utils.translation import gettext_lazy
from wagtail.models import GroupPagePermission, Locale, Page, Site, WorkflowPage
from wagtail.signals import copy_for_translation_done

# Page types an English tree is built from; articles are translated one by one when editors choose to.
STRUCTURE_TYPES = ("homepage", "intropage", "sectionpage", "topicpage")


@receiver(copy_for_translation_done)
def translated_page_keeps_its_rules(sender, source_obj, target_obj, **kwargs):
    """A translation of a page that carries permissions or a workflow (a portal's home) carries the same:
    the groups who edit and approve the Vietnamese tree edit and approve its English copy, through the
    same approval workflow."""
    if not isinstance(source_obj, Page):
        return
    for permission in GroupPagePermission.objects.filter(page=source_obj):
        GroupPagePermission.objects.get_or_create(
            group_id=permission.group_id, page=target_obj, permission_id=permission.permission_id
        )
    workflow = WorkflowPage.objects.filter(page=source_obj).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=target_obj, defaults={"workflow_id": workflow.workflow_id})


@dataclass
class Row:
    source: Page | None  # the Vietnamese page
    translation: Page | None
    state: str  # "missing" | "behind" | "draft" | "current"

    LABELS = {
        "missing": gettext_lazy("Chưa dịch"),
        "behind": gettext_lazy("Bản gốc đã sửa sau khi dịch"),
        "draft": gettext_lazy("Bản dịch chưa xuất bản"),
        "current": gettext_lazy("Đã dịch"),
    }

    @property
    def label(self) -> str:
        return str(self.LABELS[self.state])


def translation_rows(language: str, within: Page | None = None) -> list[Row]:
    """Every translated page, and every untranslated structure page (introduction, section, topic) whose
    parent is translated, under ``within`` (a user's explorable root), worst first; the provincial home
    too while it has no translation.

    A translation is behind when its Vietnamese source was published after it: the editor opens both and
    brings the English up to date. A fixed number of queries, whatever the number of pages."""
    locale = Locale.objects.filter(language_code=language).first()
    source_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None or source_locale is None:
        return []
    sources = Page.objects.filter(locale=source_locale, depth__gt=1)
    if within is not None and within.depth > 1:
        sources = sources.filter(path__startswith=within.path)
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(locale=locale, translation_key__in=sources.values("translation_key"))
    }
    translated = {
        page.translation_key: page for page in sources.filter(translation_key__in=list(translations))
    }
    rows = []
    for key, translation in translations.items():
        source = translated.get(key)
        if not translation.live:
            state = "draft"
        elif (
            source
            and source.last_published_at
            and translation.last_published_at
            and (source.last_published_at > translation.last_published_at)
        ):
            state = "behind"
        else:
            state = "current"
        rows.append(Row(source, translation, state))
    translated_paths = {page.path for page in translated.values()}
    default_home = Site.objects.filter(is_default_site=True).values_list("root_page_id", flat=True).first()
    candidates = sources.filter(content_type__app_label="portal", content_type__model__in=STRUCTURE_TYPES)
    for page in candidates.exclude(translation_key__in=list(translations)).order_by("path"):
        if page.path[: -Page.steplen] in translated_paths or page.pk == default_home:
            rows.append(Row(page, None, "missing"))
    order = {"behind": 0, "missing": 1, "draft": 2, "current": 3}
    return sorted(rows, key=lambda row: (order[row.state], (row.source or row.translation).path))
