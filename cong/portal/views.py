"""Public views that are not pages: search, the HTML site map, robots.txt."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from .models import ArticlePage
from .models.pages import paginate
from .search import QueryError, SearchQuery, excerpt, highlight, portal_names, search_pages, search_root


def current_site(request) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("Không tìm thấy Cổng cho địa chỉ này."))
    return site


@require_GET
def search(request):
    """Tìm kiếm: /tim-kiem/?q=…"""
    site = current_site(request)
    raw = request.GET.get("q", "")
    context = {"query": raw.strip(), "page_obj": None, "hits": [], "error": None}
    if raw.strip():
        try:
            query = SearchQuery.parse(raw)
        except QueryError as error:
            context["error"] = str(error)
        else:
            results = search_pages(query, search_root(site))
            page_obj = paginate(request, results)
            specific = Page.objects.filter(id__in=[p.id for p in page_obj]).specific().in_bulk()
            # Hits from several portals (the provincial search covers member portals) carry their portal.
            portals = portal_names([p.path for p in page_obj]) if site.is_default_site else {}
            context["page_obj"] = page_obj
            context["result_count"] = len(results)
            context["hits"] = [
                {
                    "page": specific.get(p.id, p),
                    "title": highlight(p.title, query.terms),
                    "excerpt": excerpt(p.search_text, query.terms),
                    "portal": portals.get(p.path),
                }
                for p in page_obj
            ]
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
    """Sơ đồ trang: the portal's tree for people (TT32-16); sitemap.xml serves search engines."""
    site = current_site(request)
    return render(request, "portal/sitemap.html", {"root": site.root_page, "tree": site_tree(site.root_page)})


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
