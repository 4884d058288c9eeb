"""Admin of the pages with many member portals (a merged province runs ~150): the page explorer and the page
chooser cost the same whether the province has 3 portals or 150. Hooks, imported by ``wagtail_hooks``.

- The explorer's filters (site, owner, edited by) offer only what lies under the pages the user may explore.
  Wagtail lists every site of the installation and every person who ever owned or edited a page, of every
  portal: with 150 member portals, some 450 check boxes rendered on each visit of a member editor's
  explorer (a third of its time, growing with each portal), naming other portals' editors to them.
- The page chooser reads, for every row it shows, the row's parent (``get_parent``), whether an approved
  schedule exists and whether a workflow is in progress (the status tag) — three queries a row, so its
  first screen at the root (every portal's home page, 25 a screen) took 75 queries more with 25 portals or
  more. The explorer's listing already prefetches the last two; the chooser gets the same here, and the
  parents and (with English on) the languages in one query each.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import MultipleUserFilter
from wagtail.admin.views.pages.listing import EditedByFilter, GenericPageFilterSet, SiteFilter
from wagtail.admin.viewsets.pages import base_page_viewset
from wagtail.models import Page, PageLogEntry, Site
from wagtail.permissions import policy_registry


def explorable_root(request) -> Page | None:
    """The highest page the user may explore: a member editor's portal home, the province's home for the
    board, the tree's root for a superuser (Wagtail caches it on the user for the request)."""
    return policy_registry.get_by_type(Page).explorable_root_instance(request.user)


def _under_root(request, prefix: str = "") -> dict:
    root = explorable_root(request)
    return {f"{prefix}path__startswith": root.path if root is not None else "-"}


def _sites(request):
    return Site.objects.filter(**_under_root(request, "root_page__")).order_by("hostname")


def _owners(request):
    pages = Page.objects.filter(**_under_root(request)).order_by().values("owner_id")
    return get_user_model().objects.filter(pk__in=pages)


def _editors(request):
    edits = PageLogEntry.objects.filter(action="wagtail.edit", **_under_root(request, "page__"))
    return get_user_model().objects.filter(pk__in=edits.order_by().values("user_id"))


class ScopedPageFilterSet(GenericPageFilterSet):
    """Wagtail's explorer filters with their choices limited to the user's part of the tree."""

    # Wagtail's own labels in the words its Vietnamese catalogue uses (Cổng's message ids are Vietnamese).
    owner = MultipleUserFilter(label=_("Người tạo"), queryset=_owners, widget=CheckboxSelectMultiple)
    edited_by = EditedByFilter(label=_("Người sửa"), queryset=_editors, widget=CheckboxSelectMultiple)
    site = SiteFilter(label=_("Cổng"), queryset=_sites, widget=CheckboxSelectMultiple)

    class Meta(GenericPageFilterSet.Meta):
        pass


# The explorer of every page type that has no viewset of its own (all of Cổng's) uses the base viewset;
# its index view is built on the first request, with this filter set.
base_page_viewset.filterset_class = ScopedPageFilterSet


def with_parents(pages):
    """``pages`` whose items come with their parent page already read (one query for all of them)."""
    base = pages._iterable_class

    class ParentsIterable(base):
        def __iter__(self):
            items = list(super().__iter__())
            paths = {item.path[: -Page.steplen] for item in items if getattr(item, "depth", 1) > 1}
            parents = {parent.path: parent for parent in Page.objects.filter(path__in=paths)} if paths else {}
            for item in items:
                parent = parents.get(getattr(item, "path", "")[: -Page.steplen])
                if parent is not None:
                    item._cached_parent_obj = parent
                yield item

    clone = pages._chain()
    clone._iterable_class = ParentsIterable
    return clone


BROWSE_VIEWS = {"wagtailadmin_choose_page", "wagtailadmin_choose_page_child"}


@hooks.register("construct_page_chooser_queryset")
def chooser_rows_in_constant_queries(pages, request):
    """The chooser's browsing listing only: its search hands the queryset on to the search backend."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name not in BROWSE_VIEWS:
        return pages
    pages = pages.annotate_approved_schedule().prefetch_workflow_states()
    if settings.WAGTAIL_I18N_ENABLED and pages.is_specific:  # the rows' language labels
        pages = pages.select_related("locale", for_specific_subqueries=True)
    return with_parents(pages)
