"""Public views that are not pages: search, the HTML site map, robots.txt."""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from cong.core.pagination import paginate
from cong.core.params import int_param, page_param
from cong.core.search import Marker, QueryError, SearchQuery

from .models import ArticlePage
from .registers import grouped_registers, keeping_answers, listed_registers
from .search import MAX_RESULTS, PAGES, pages_label, portal_names, search_everything, suggest


def current_site(request) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("Không tìm thấy Cổng cho địa chỉ này."))
    return site


def _portal_choice(request, site: Site, portals: list[Site]) -> Site | None:
    """The portal the provincial search is narrowed to (``?cong=<id>``, one of ``portals``); None for all
    of them."""
    pk = int_param(request.GET.get("cong"), minimum=1, maximum=2**31 - 1)
    if not site.is_default_site or pk is None:
        return None
    return next((portal for portal in portals if portal.pk == pk), None)


def _kind_choices(entries) -> list[tuple[str, str]]:
    return [(PAGES, pages_label()), *((entry.code, entry.title) for entry in entries)]


def _shown_hits(request, site: Site, hits, query, portals) -> list[dict]:
    """What the template shows of one results page: kind, title and excerpt marked, address, date, portal.

    A fixed number of queries whatever the page holds: the portals' names from ``portals`` (the provincial
    portal's list of every site, already loaded for its filter; the pages were loaded with their address
    and date; their type comes from the cached content types).
    """
    names = (
        portal_names([hit.obj.path for hit in hits if hit.register is None], portals)
        if site.is_default_site
        else {}
    )
    default = site if site.is_default_site else Site.objects.filter(is_default_site=True).first()
    provincial_name = (default.site_name or default.hostname) if default else ""
    shown = []
    for hit in hits:
        marker = Marker(query, hit.title, hit.text)  # the phrase rule: see cong.core.search
        if hit.register is None:
            page = hit.obj
            page_class = page.specific_class
            shown.append(
                {
                    "item": page,
                    "kind": PAGES,
                    "kind_label": page_class.get_verbose_name() if page_class else "",
                    "url": page.get_url(request),
                    # An article's date is its publication date (``search_date``); other pages show none.
                    "date": page.search_date if page_class and issubclass(page_class, ArticlePage) else None,
                    "portal": names.get(hit.obj.path),
                    "title": marker.highlight(hit.title),
                    "excerpt": marker.excerpt(hit.text),
                }
            )
        else:
            described = hit.register.describe(hit.obj)
            shown.append(
                {
                    "item": hit.obj,
                    "kind": hit.kind,
                    "kind_label": hit.register.hit_label,
                    "url": hit.obj.get_absolute_url(),
                    "date": described.date,
                    # The registers are the provincial portal's, also when found from a member portal.
                    "portal": provincial_name,
                    "title": marker.highlight(hit.title),
                    "excerpt": marker.excerpt(hit.text),
                }
            )
    return shown


@require_GET
@keeping_answers
def search(request):
    """Tìm kiếm: /tim-kiem/?q=…&loai=<kind>&cong=<portal>, one search over pages and public registers."""
    site = current_site(request)
    raw = request.GET.get("q", "")
    entries = listed_registers()  # once: each register's switch may read the profile and the database
    kinds = _kind_choices(entries)
    kind = request.GET.get("loai", "")
    kind = kind if kind in dict(kinds) else ""
    # Every site for the provincial portal's filter, also naming the portal of each hit: one query.
    portals = (
        list(
            Site.objects.select_related("root_page")
            .only("hostname", "site_name", "is_default_site", "root_page__path")
            .order_by("-is_default_site", "site_name", "hostname")
        )
        if site.is_default_site
        else []
    )
    portal = _portal_choice(request, site, portals)
    context = {
        "query": raw.strip(),
        "page_obj": None,
        "hits": [],
        "error": None,
        "kind_options": [{"code": code, "label": label, "count": 0} for code, label in kinds],
        "counted": False,
        "kind": kind,
        "portals": portals,
        "portal": portal,
    }
    if raw.strip():
        try:
            query = SearchQuery.parse(raw)
        except QueryError as error:
            context["error"] = str(error)
        else:
            # The page shown needs the best (its number × the page size) hits of each kind; a page past
            # the last one a reader can reach (MAX_RESULTS) is not searched for at all.
            number = page_param(request.GET.get("page"))
            last_page = -(-MAX_RESULTS // settings.CONG_PAGE_SIZE)
            if number > last_page:
                context["error"] = _(
                    "Không có trang %(number)d của kết quả tìm kiếm: chỉ xem được %(last)d trang đầu "
                    "(%(max)d kết quả tốt nhất). Hãy thêm từ khóa để thu hẹp kết quả."
                ) % {"number": number, "last": last_page, "max": MAX_RESULTS}
                return render(request, "portal/search.html", context, status=404)
            limit = number * settings.CONG_PAGE_SIZE
            results = search_everything(query, site, kind=kind, portal=portal, limit=limit, entries=entries)
            if not results.counts_total() and number == 1:
                suggestion = suggest(query)
                if suggestion is not None:
                    near = search_everything(
                        suggestion, site, kind=kind, portal=portal, limit=limit, entries=entries
                    )
                    if near.counts_total():  # shown, under «Có phải bạn muốn tìm …»
                        context["suggestion"] = suggestion.text
                        results, query = near, suggestion
            try:
                page_obj = paginate(request, results.hits)
            except Http404:
                context["error"] = _("Không có trang %(number)d của kết quả tìm kiếm này.") % {
                    "number": number
                }
                return render(request, "portal/search.html", context, status=404)
            context["page_obj"] = page_obj
            context["result_count"] = len(results.hits)
            # A count stopped at its cap reads «hơn N», N what was counted: never a wrong number (of the
            # kind shown, or of all).
            context["more_than"] = results.more_than(kind or None)
            for option in context["kind_options"]:
                more = results.more_than(option["code"])
                option["count"] = (
                    _("hơn %(max)d") % {"max": more}
                    if more is not None
                    else results.counts.get(option["code"], 0)
                )
            context["counted"] = True
            more = results.more_than()
            context["total_count"] = (
                _("hơn %(max)d") % {"max": more} if more is not None else results.counts_total()
            )
            context["hits"] = _shown_hits(request, site, list(page_obj), query, portals)
            filters = request.GET.copy()
            filters.pop("page", None)
            context["filter_query"] = filters.urlencode()
    return render(request, "portal/search.html", context)


def site_tree(root):
    """Nested [(page, children)] of every live page under ``root`` except articles, in one query."""
    pages = list(
        Page.objects.live()
        .public()
        .descendant_of(root)
        .not_type(ArticlePage)
        .filter(depth__lte=root.depth + 4)
        .order_by("path")
    )
    nodes = {root.path: []}
    for page in pages:
        children: list = []
        parent_children = nodes.get(page.path[: -Page.steplen])
        if parent_children is not None:
            parent_children.append((page, children))
            nodes[page.path] = children
    return nodes[root.path]


@require_GET
def html_sitemap(request):
    """Sơ đồ trang: the portal's tree for people (TT32-16), then the public registers (legal documents,
    gazette, drafts, Q&A, petitions), search and RSS; sitemap.xml serves search engines."""
    site = current_site(request)
    context = {"root": site.root_page, "tree": site_tree(site.root_page), "registers": grouped_registers()}
    return render(request, "portal/sitemap.html", context)


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap-xml"))
    lines = [
        "User-agent: *",
        "Disallow: /quan-tri/",
        "Disallow: /django-admin/",
        "Disallow: /tim-kiem/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links; answer with the emblem, not a 404."""
    return HttpResponsePermanentRedirect(static("portal/emblem.svg"))
