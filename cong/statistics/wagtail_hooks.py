"""Admin screens (/quan-tri/): science programmes, statistics releases (with the figures file), electronic
document exchange, each with its posting state (``cong.registers.posting.posting_states``)."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.html import format_html_join
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cong.core.clock import working_calendar
from cong.core.clocks import posting_status
from cong.core.models import Clock
from cong.registers.admin import RegisterViewSet
from cong.registers.posting import posting_states

from .models import EdocExchange, ScienceProgramme, StatisticsRelease


class PostingColumn(Column):
    """Thời hạn đăng: each posting clock of the record, on time, late, due or overdue
    (``cong.registers.posting.posting_states``). Unlike ``cong.registers.admin.PostingColumn`` (a query a
    row), the clocks of the whole page are read in one query, so the list stays constant in queries."""

    def get_value(self, instance):
        return format_html_join("; ", "{}", ((state.label,) for state in posting_states(instance))) or "—"

    def get_cell_context_data(self, instance, parent_context):
        context = {}
        table = parent_context["table"]
        states = getattr(table, "_posting_labels", None)
        if states is None:
            states = table._posting_labels = _posting_labels(list(table.data))
        context.update(
            {"instance": instance, "column": self, "row": parent_context["row"], "table": table,
             "request": parent_context.get("request"), "value": states.get(instance.pk) or "—"}
        )  # fmt: skip
        return context


def _posting_labels(records) -> dict:
    """{pk: "label; label"} of the records' posting clocks, in one query for the page."""
    if not records:
        return {}
    calendar, now = working_calendar(), timezone.now()
    clocks = Clock.objects.filter(
        subject_type=ContentType.objects.get_for_model(type(records[0])),
        subject_id__in=[r.pk for r in records],
    ).order_by("created_at", "pk")
    labels: dict = {}
    for clock in clocks:
        state = posting_status(clock, calendar, now)
        if state is not None:
            labels.setdefault(clock.subject_id, []).append(state.label)
    return {pk: "; ".join(values) for pk, values in labels.items()}


POSTING = PostingColumn("posting", label="Thời hạn đăng")


class ScienceProgrammeViewSet(RegisterViewSet):
    model = ScienceProgramme
    icon = "doc-full"
    menu_label = "Khoa học và công nghệ"
    menu_name = "science-programmes"
    list_display = ["code", "name", "level", "approved_on", "accepted_on", POSTING, "live"]
    list_filter = ["level", "live"]
    search_fields = ["code", "name", "search_folded"]


class StatisticsReleaseViewSet(RegisterViewSet):
    model = StatisticsRelease
    icon = "table"
    menu_label = "Thông tin thống kê"
    menu_name = "statistics-releases"
    list_display = ["title", "provider", "period", "decided_on", POSTING, "live"]
    list_filter = ["live"]
    search_fields = ["title", "search_folded"]


class EdocExchangeViewSet(RegisterViewSet):
    model = EdocExchange
    icon = "mail"
    menu_label = "Văn bản điện tử"
    menu_name = "edoc-exchange"
    list_display = [
        "__str__",
        "sent_electronic",
        "sent_total",
        "received_electronic",
        "received_total",
        "live",
    ]
    list_filter = ["period_kind", "year", "live"]


class StatisticsGroup(SnippetViewSetGroup):
    items = (ScienceProgrammeViewSet, StatisticsReleaseViewSet, EdocExchangeViewSet)
    menu_icon = "table"
    menu_label = "Thống kê, khoa học"
    menu_name = "statistics"
    menu_order = 290


register_snippet(StatisticsGroup)


@hooks.register("register_log_actions")
def register_statistics_log_actions(actions):
    actions.register_action("statistics.saved", "Lưu mục thống kê, khoa học", "Đã lưu")
    actions.register_action("statistics.results_recorded", "Công bố kết quả nghiệm thu", "Đã công bố kết quả")
    actions.register_action("statistics.edoc_saved", "Nhập số liệu văn bản điện tử", "Đã nhập số liệu")
    actions.register_action(
        "statistics.edoc_imported", "Nhập tệp số liệu văn bản điện tử", "Đã nhập tệp số liệu văn bản điện tử"
    )
