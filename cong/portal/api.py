"""Open-data API of published articles: /api/v1/articles/?q=&section=&page="""

from datetime import datetime

from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Router, Schema
from ninja.responses import Status
from wagtail.models import Site

from cong.core.addresses import page_full_url
from cong.core.api import ErrorOut, paged
from cong.core.search import QueryError, SearchQuery

from .models import ArticlePage, SectionPage
from .search import page_rows

router = Router(tags=[gettext_lazy("Tin bài")])


class ArticleOut(Schema):
    id: int
    title: str
    lead: str
    url: str
    published_at: datetime
    authors: str
    source: str
    section: str | None
    tags: list[str]


class ArticleList(Schema):
    count: int
    page: int
    pages: int
    results: list[ArticleOut]


@router.get(
    "/", response={200: ArticleList, 400: ErrorOut, 404: ErrorOut}, summary=gettext_lazy("Danh sách tin bài")
)
def list_articles(request, q: str = "", section: str = "", page: str = "1"):
    """Published articles of the portal, newest first; ``q`` searches with or without diacritics,
    ``section`` is a section's slug, ``page`` counts from 1."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("Không tìm thấy Cổng."))
    root = site.root_page
    if section:
        found = SectionPage.objects.live().descendant_of(root).filter(slug=section).first()
        if found is None:
            return Status(404, {"detail": _("Không có chuyên mục “%(slug)s”.") % {"slug": section}})
        root = found
    articles = ArticlePage.objects.live().public().descendant_of(root)
    if q.strip():
        try:
            query = SearchQuery.parse(q)
        except QueryError as error:
            return Status(400, {"detail": str(error)})
        ids = [row.pk for row in page_rows(query, root)[0]]
        ordered = {pk: index for index, pk in enumerate(ids)}
        matching = list(articles.filter(id__in=ids).values_list("id", flat=True))
        ids = sorted(matching, key=ordered.__getitem__)
    else:
        ids = list(articles.order_by("-published_at", "-id").values_list("id", flat=True))
    return paged(ids, page, lambda window: _articles_out(request, window))


def _articles_out(request, window: list[int]) -> list[dict]:
    """The articles of one page, in the order of ``window`` (their ids), in three queries."""
    by_id = ArticlePage.objects.filter(id__in=window).prefetch_related("tags").defer_streamfields().in_bulk()
    parents = {
        p.path: p.title
        for p in SectionPage.objects.filter(path__in={by_id[i].path[:-4] for i in window}).only(
            "path", "title"
        )
    }
    return [
        {
            "id": article.id,
            "title": article.title,
            "lead": article.lead,
            "url": page_full_url(article, request),
            "published_at": article.published_at,
            "authors": article.authors,
            "source": article.source,
            "section": parents.get(article.path[:-4]),
            "tags": sorted(tag.name for tag in article.tags.all()),
        }
        for article in (by_id[i] for i in window)
    ]
