"""Admin of the pages: the page chooser lists a page's children (at the top, the home pages of the provincial
portal and of every member portal) in a constant number of queries.

Wagtail's chooser reads, for every row it shows, the row's parent (``get_parent``), whether an approved
schedule exists and whether a workflow is in progress (the status tag) — three queries a row, so the first
screen of the chooser at the root cost 25 × 3 queries with 150 member portals. The explorer's listing
already prefetches the last two; the chooser gets the same here, and the parents in one query.
"""

from wagtail import hooks
from wagtail.models import Page


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
    return with_parents(pages.annotate_approved_schedule().prefetch_workflow_states())
