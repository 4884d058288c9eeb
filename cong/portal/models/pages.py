"""Wagtail page types of a portal: home, section (chuyên mục), article (tin/bài), topic (chuyên đề),
intro page (giới thiệu)."""

import operator
from functools import reduce
from typing import NamedTuple

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connections, models, router
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Value
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cong.core import compiled
from cong.core.pagination import paginate
from cong.core.search import index_words
from cong.core.text import fold, nfc

from ..blocks import BodyBlock, stream_plain_text

# What a listing card never shows: the body and the search columns, the largest values of a row (a long
# article's body and its two search copies weigh tens of kilobytes, read and decoded for nothing).
LISTING_DEFERRED = ("body", "search_text", "search_words", "search_title_words")


def with_listing_relations(queryset, renditions=True):
    """Everything a listing card shows, fetched in a fixed number of queries whatever the page size, without
    the large columns it does not show. ``renditions=False``: the caller fetches the pictures' renditions
    itself (``prefetch_renditions``), once for several lists."""
    queryset = queryset.defer(*LISTING_DEFERRED).select_related("main_image")
    return queryset.prefetch_related("main_image__renditions") if renditions else queryset


def prefetch_renditions(articles) -> None:
    """The renditions of the main pictures of ``articles`` (from several lists) in one query; none for
    pictures whose renditions are fetched already."""
    from django.db.models import prefetch_related_objects

    images = [
        a.main_image
        for a in articles
        if a.main_image_id and "renditions" not in getattr(a.main_image, "_prefetched_objects_cache", {})
    ]
    if images:
        prefetch_related_objects(images, "renditions")


# What a listing card shows of an article (``portal_tags.article_card``), its picture's file, size and focal
# point included: read as plain values, without building an ``ArticlePage`` (a multi-table page: fifty-odd
# fields and a picture a row, most of a listing's CPU). The card is kept as a fragment under these values;
# only a card not kept yet loads its article (``CardRow.article``).
CARD_COLUMNS = (
    "pk",
    "title",
    "lead",
    "published_at",
    "url_path",
    "main_image_alt",
    "main_image_id",
    "main_image__file",
    "main_image__width",
    "main_image__height",
    "main_image__focal_point_x",
    "main_image__focal_point_y",
    "main_image__focal_point_width",
    "main_image__focal_point_height",
    "path",
)


# The picture's columns make up the card's ``image_key``; the others are the card's own attributes.
_CARD_IMAGE_COLUMNS = tuple(column for column in CARD_COLUMNS if column.startswith("main_image__"))
_CARD_FIELDS = tuple(column for column in CARD_COLUMNS if column not in _CARD_IMAGE_COLUMNS)


class CardRow:
    """An article as a listing card shows it (``CARD_COLUMNS``); ``article`` is the page itself, read — for
    every row of the same listing at once — only when a card has to be rendered."""

    __slots__ = (*_CARD_FIELDS, "image_key", "_batch", "_article")

    def __init__(self, values, batch):
        row = dict(zip(CARD_COLUMNS, values, strict=True))
        for name in _CARD_FIELDS:
            setattr(self, name, row[name])
        # The same as ``portal_tags._image_key`` of the picture: what its renditions show.
        image = (row[column] for column in _CARD_IMAGE_COLUMNS)
        self.image_key = (self.main_image_id, *image) if self.main_image_id else None
        self._batch = batch
        self._article = None

    @property
    def article(self):
        """The ``ArticlePage`` (with its picture), read with those of the whole listing in one query, their
        pictures' renditions in another when a card shows one; None if it was deleted meanwhile."""
        if self._article is None:
            pending: dict[int, list[CardRow]] = {}
            for row in self._batch:
                if row._article is None:
                    pending.setdefault(row.pk, []).append(row)
            found = list(with_listing_relations(ArticlePage.objects.filter(pk__in=pending), renditions=False))
            for article in found:
                article._card_batch = found
            by_pk = {article.pk: article for article in found}
            for pk, rows in pending.items():
                for row in rows:
                    row._article = by_pk.get(pk, False)
        return self._article or None


def card_rows(*listings) -> list[list[CardRow]]:
    """Each listing — a queryset of articles, or its ``values_list(*CARD_COLUMNS)`` rows already read — as a
    list of ``CardRow``; the rows of all of them are one batch (the articles a card needs are read
    together)."""
    batch: list[CardRow] = []
    lists = []
    for listing in listings:
        values = listing.values_list(*CARD_COLUMNS) if hasattr(listing, "values_list") else listing
        rows = [CardRow(row, batch) for row in values]
        batch.extend(rows)
        lists.append(rows)
    return lists


class CardListing:
    """A listing's articles for Django's ``Paginator`` (``paginate``): their number and one page's card values
    (``CARD_COLUMNS``), each read by a statement compiled once a process (``cong.core.compiled``) under
    ``key`` — which must hold everything ``build()`` reads of its page."""

    def __init__(self, key: tuple, build):
        self.key = key
        self.build = build

    def count(self) -> int:
        rows = compiled.fetch(ArticlePage, ("listing-count", *self.key), lambda: count_of(self.build()))
        return rows[0][0] if rows else 0

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, item: slice) -> list:
        return compiled.fetch(
            ArticlePage,
            ("listing-page", *self.key, item.start, item.stop),
            lambda: self.build()[item].values_list(*CARD_COLUMNS),
        )


def count_of(queryset):
    """``queryset``'s number of rows as a one-row queryset (for ``compiled.fetch``): a plain ``COUNT(*)``, which
    the database answers from an index when it can — a window count over the rows read them all, and
    PostgreSQL reads each table row for a ``COUNT(id)`` when the index lacks the id."""
    return (
        queryset.order_by()
        .annotate(whole=Value(1))
        .values("whole")
        .annotate(total=Count("*"))
        .values_list("total")
    )


def on_sqlite() -> bool:
    return connections[router.db_for_read(Page)].vendor == "sqlite"


# SQLite, without planner statistics, cannot tell a large section from a small one: ``SectionListing`` and the
# related articles choose how to read a section's newest articles here. Reading one of a section's articles
# by its path and sorting it costs about as much as passing this many articles while walking the articles'
# date index (measured at 100,000 articles, a section of 12,500: ~9 µs an article sorted — its date lies past
# the long body —, ~0.6 µs an article passed).
SORT_TO_WALK = 15
PAGES_ESTIMATE_SECONDS = 600  # how long the number of pages is reused (it only steers how rows are read)


def pages_estimate() -> int:
    """About how many pages the database holds (the largest page id: deleted pages count too), kept in the
    cache for a while — so a page usually spends no query on it."""
    total = cache.get("cong:pages-estimate")
    if total is None:
        total = Page.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        cache.set("cong:pages-estimate", total, PAGES_ESTIMATE_SECONDS)
    return total


def under(path: str) -> Q:
    """Pages whose tree path starts with ``path`` (the page at ``path`` included): Wagtail's
    ``path LIKE 'path%'``, and on SQLite — whose ``LIKE`` cannot use an index (it ignores case) — the same
    pages as a range of the path, ``path >= 'path' AND path < 'pat…h+1'``, which the path indexes (the
    unique one, ``(depth, path)``) serve: at 100,000 articles a section's descendants or a page's siblings
    were found by reading every page (~50 ms each, issue 17). PostgreSQL serves the ``LIKE`` from the path's
    ``varchar_pattern_ops`` index; its collation need not order paths by code point, so no range there."""
    condition = Q(path__startswith=path)
    if connections[router.db_for_read(Page)].vendor == "sqlite":
        # SQLite compares text by code point: every path starting with ``path`` lies in this range.
        condition &= Q(path__gte=path, path__lt=path[:-1] + chr(ord(path[-1]) + 1))
    return condition


def descendants(queryset, page, depth: int | None = None):
    """``queryset.descendant_of(page)`` (``depth``: ``child_of``, the pages that far below) by ``under``."""
    if depth is None:
        return queryset.filter(under(page.path), depth__gt=page.depth)
    return queryset.filter(under(page.path), depth=page.depth + depth)


class SectionListing(CardListing):
    """A section's articles (its sub-sections' included), newest first, for ``paginate``. Their number is
    counted in the pages' index of type and path (``portal 0012``), without reading an article. On SQLite
    each page of them is read the cheapest of three ways, chosen from that number and the number of pages:
    along the articles' date index newest first (an early page of a section holding a fair share of the
    articles: ~100 articles passed for page 1 of 12,500 among 100,000), oldest first (a late page), or the
    section's articles found by their path and sorted (a small section). PostgreSQL's planner chooses from
    its statistics, but a page past the middle is read from the oldest end there too. The rows and their
    order are the same every way."""

    def __init__(self, section):
        super().__init__(("section", section.pk, section.path, section.depth), section.articles)
        self.section = section
        self._total = None

    def count(self) -> int:
        if self._total is None:
            path = self.section.path
            # Articles are never the section itself: every article in its path range is below it.
            rows = compiled.fetch(
                Page,
                ("section-count", path),
                lambda: count_of(Page.objects.type(ArticlePage).live().filter(under(path))),
            )
            self._total = rows[0][0] if rows else 0
        return self._total

    def way(self, start: int, stop: int) -> str:
        """How rows ``start:stop`` are read: "newest", "oldest" or "sorted" (``SORT_TO_WALK``)."""
        total = self.count()
        if not total:
            return "sorted"
        if not on_sqlite():
            # PostgreSQL's planner reads an early page well; a late one it sorted whole (the last page of
            # 12,500 articles: ~90 ms), so that one is read from the oldest end.
            return "oldest" if 2 * start > total else "sorted"
        share = total / max(pages_estimate(), total)
        costs = {"newest": stop / share, "oldest": (total - start) / share, "sorted": SORT_TO_WALK * total}
        return min(costs, key=costs.get)

    def __getitem__(self, item: slice) -> list:
        start, stop = item.start or 0, item.stop
        way = self.way(start, stop)
        if way == "sorted":
            return super().__getitem__(item)
        path = self.section.path

        def walk():
            # Only the ``LIKE`` on the path, which no SQLite index serves: the date index is walked.
            return ArticlePage.objects.live().filter(path__startswith=path)

        if way == "newest":
            return compiled.fetch(
                ArticlePage,
                ("section-newest", path, start, stop),
                lambda: walk().order_by("-published_at", "-id")[start:stop].values_list(*CARD_COLUMNS),
            )
        total = self.count()
        first, last = max(total - stop, 0), total - start
        rows = compiled.fetch(
            ArticlePage,
            ("section-oldest", path, first, last),
            lambda: walk().order_by("published_at", "id")[first:last].values_list(*CARD_COLUMNS),
        )
        return rows[::-1]


class ContentPage(Page):
    """Common base of every public content page. Keeps the page's plain text for search and excerpts.

    Not creatable by itself; it exists so search can rank and quote every page type in one query.
    """

    search_text = models.TextField(editable=False, blank=True, default="")
    # The site search runs on these in the database, the same on SQLite and PostgreSQL
    # (``cong.core.search.index_words``: " folded words | words as written "), and orders by the date.
    search_title_words = models.TextField(editable=False, blank=True, default="")
    search_words = models.TextField(editable=False, blank=True, default="")
    search_date = models.DateTimeField(editable=False, null=True, blank=True)

    is_creatable = False

    search_fields = Page.search_fields + [
        index.SearchField("folded_title", boost=2),
        index.SearchField("folded_text"),
    ]

    class Meta:
        verbose_name = _("Trang nội dung")

    def build_search_text(self) -> str:
        """Plain text of the page, without the title. Page types add their own fields."""
        return ""

    def summary(self) -> str:
        """One-line description for metadata (Dublin Core DC.description) and listings."""
        for name in ("lead", "intro"):
            value = getattr(self, name, "")
            if value:
                return value
        return self.search_description or self.title

    def folded_title(self) -> str:
        return fold(self.title)

    def folded_text(self) -> str:
        return fold(self.search_text)

    def save(self, *args, **kwargs):
        # Editable text fields are normalised to NFC by cong.core's pre_save hook; the derived plain text
        # also holds StreamField text, which that hook does not see.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "search_text" in update_fields:
            self.search_text = nfc(self.build_search_text())
            self.search_title_words = index_words(self.title)
            self.search_words = index_words(self.title, self.search_text)
            self.search_date = getattr(self, "published_at", None) or self.first_published_at
            if update_fields is not None:
                kwargs["update_fields"] = {
                    *update_fields,
                    "search_title_words",
                    "search_words",
                    "search_date",
                }
        saved = super().save(*args, **kwargs)
        if update_fields is None or "search_text" in update_fields:
            from .search_words import SearchWord

            SearchWord.add(self.search_words.split("|")[0].split())
        return saved

    def get_view_restrictions(self):
        """Wagtail's answer (the restrictions of this page and its ancestors, an alias's from its source) in
        one query instead of two when the ancestors are known — found by the routing, or only the tree's
        root above a site's home — and none of them is an alias: by the ancestors' paths."""
        known = getattr(self, "_route_ancestors", None)
        if known is None and self.depth <= 2:
            known = []
        if known is None or self.alias_of_id or any(page.alias_of_id for page in known):
            return super().get_view_restrictions()
        from wagtail.models import PageViewRestriction

        if getattr(self, "_route_restricted", None) is False:
            # the routing's query found no restriction on this page or any above it
            return PageViewRestriction.objects.none()

        paths = [self.path[: level * self.steplen] for level in range(1, self.depth + 1)]
        return PageViewRestriction.objects.filter(page__path__in=paths)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The pages between the site's root and this one; the routing found them already when the page was
        # reached through HomePage.route, and the site's root (depth 2) has none.
        ancestors = getattr(self, "_route_ancestors", None)
        if ancestors is None:
            ancestors = list(self.get_ancestors().filter(depth__gt=1)) if self.depth > 2 else []
        context["breadcrumbs"] = ancestors
        return context


class HomePage(ContentPage):
    """Trang chủ: featured items, then the latest items of each section shown on the home page."""

    intro = models.TextField(_("Giới thiệu ngắn"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = [
        "portal.SectionPage",
        "portal.IntroPage",
        "portal.TopicPage",
        "editorial.AgencyNewsIndexPage",
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    FEATURED_COUNT = 5
    LATEST_PER_SECTION = 4

    class Meta:
        verbose_name = _("Trang chủ")

    def build_search_text(self) -> str:
        return self.intro

    def home_sections(self):
        return descendants(SectionPage.objects, self, 1).live().filter(show_on_home=True).order_by("path")

    def route(self, request, path_components):
        """Wagtail's routing in two queries whatever the depth (the pages on the way, then the one served),
        instead of two a level; the same answer as ``Page.route`` (``_walk_by_url_path``)."""
        if path_components:
            result = walk_by_url_path(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from ..languages import find_site

        site = find_site(request)
        whole_site = site is not None and site.is_default_site and site.root_page_id == self.pk
        context["featured"], context["latest"], context["section_blocks"] = self.home_lists(whole_site)
        return context

    def home_lists(self, whole_site=True):
        """The featured items, the latest items and [(section, [its latest items…]), …] for the sections
        shown on the home page, as ``CardRow`` (one batch: the articles a card needs are read together), in
        four queries whatever the number of articles or sections: sections, featured, latest, and one
        query reading each section's latest items (a limited subquery a section) with their card values.
        A section is a ``HomeSection`` (its id, title and address; ``portal_tags.home_content`` reads the
        page only to render a block not kept yet). ``whole_site``: this home holds most of the database's
        articles (the default site's own home) — how its newest are best found; the lists are the same."""
        # Their statements compiled once a process (``cong.core.compiled``): the keys hold what they read.
        key = (self.pk, self.path, self.depth, self.FEATURED_COUNT, self.LATEST_PER_SECTION, whole_site)

        # The site's newest (featured) articles: read newest first along the index of their date, each checked
        # to lie below this home page, until there are enough — the tree's condition is left to a ``LIKE``,
        # which no index serves, so that the planner does not read every article of the tree by its path
        # (or its depth) and sort them all (~200–370 ms at 100,000 articles). Articles are never the home page.
        # Another home (a translation's, an agency's) holds a few of them: its articles are found by their
        # path (``under``) and sorted — walking the date's index would pass every other article first.
        def articles():
            if whole_site:
                return ArticlePage.objects.live().filter(path__startswith=self.path)
            return descendants(ArticlePage.objects.live(), self)

        featured = compiled.fetch(
            ArticlePage,
            ("home-featured", *key),
            lambda: (
                articles()
                .filter(featured=True)
                .order_by("-published_at")[: self.FEATURED_COUNT]
                .values_list(*CARD_COLUMNS)
            ),
        )
        latest = compiled.fetch(
            ArticlePage,
            ("home-latest", *key),
            lambda: articles().order_by("-published_at")[: self.FEATURED_COUNT].values_list(*CARD_COLUMNS),
        )
        sections = [
            HomeSection(*values)
            for values in compiled.fetch(
                SectionPage,
                ("home-sections", *key),
                lambda: self.home_sections().values_list(*HomeSection._fields),
            )
        ]
        if not sections:
            featured, latest = card_rows(featured, latest)
            return featured, latest, []

        # Each section's latest items by a limited query of its own (``pk IN (… LIMIT 4)``, one for each
        # section, in one statement): each reads its section's newest articles only, where a window numbering
        # every article of the site by section read and sorted all of them (~300 ms at 100,000 articles).
        # PostgreSQL: one ``pk IN (… UNION ALL …)`` — an OR of IN subqueries is answered there by reading
        # every article against two hashed lists; SQLite cannot limit the parts of a compound statement, and
        # answers the OR with one index read a subquery.
        def ranked_query():
            latest = [
                ArticlePage.objects.live()
                .filter(under(section.path), depth__gt=self.depth + 1)
                .order_by("-published_at", "-id")[: self.LATEST_PER_SECTION]
                .values("pk")
                for section in sections
            ]
            if connections[router.db_for_read(ArticlePage)].features.supports_slicing_ordering_in_compound:
                condition = Q(pk__in=latest[0].union(*latest[1:], all=True))
            else:
                condition = reduce(operator.or_, (Q(pk__in=query) for query in latest))
            return ArticlePage.objects.filter(condition).values_list(*CARD_COLUMNS)

        ranked = compiled.fetch(
            ArticlePage, ("home-ranked", *key, tuple(section.path for section in sections)), ranked_query
        )
        prefix_len = (self.depth + 1) * Page.steplen
        featured, latest, ranked = card_rows(featured, latest, ranked)
        by_section: dict[str, list] = {}
        for row in sorted(ranked, key=lambda row: (row.published_at, row.pk), reverse=True):
            by_section.setdefault(row.path[:prefix_len], []).append(row)
        return featured, latest, [(section, by_section.get(section.path, [])) for section in sections]


class HomeSection(NamedTuple):
    """A section shown on the home page, as its block there shows it."""

    pk: int
    title: str
    url_path: str
    path: str


def walk_by_url_path(home, request, path_components):
    """The page at ``path_components`` below ``home`` (a site's home page: its ``Page`` row is enough), found
    by the stored ``url_path`` of every page on the way in one query, then routed as Wagtail would from
    there; None when Wagtail's own walk could answer otherwise: a page on the way missing, or one on the way
    with routes of its own (a live routable page whose sub-route matches the rest, as a section's ``rss/``)
    or a ``route`` of its own."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import PageViewRestriction

    prefixes = [home.url_path + "/".join(path_components[: i + 1]) + "/" for i in range(len(path_components))]
    # Whether a view restriction (Wagtail's privacy) applies, asked in the same query: on each page on the
    # way, or on the home page or above it (ContentPage.get_view_restrictions then needs no query).
    above = [home.path[: level * home.steplen] for level in range(1, home.depth + 1)]
    # The same query reads the main menu's entries (the home's live children shown in menus) for the
    # ``main_menu`` tag of this request.
    on_the_way = Q(url_path__in=prefixes, depth__gt=home.depth)
    in_menu = Q(depth=home.depth + 1, live=True, show_in_menus=True)
    rows = compiled.fetch(
        Page,
        ("walk", home.path, home.depth, home.url_path, tuple(path_components)),
        lambda: (
            Page.objects.filter(on_the_way | in_menu, under(home.path))
            .annotate(
                restricted_here=Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk"))),
                restricted_above=Exists(PageViewRestriction.objects.filter(page__path__in=above)),
            )
            .order_by("path")
        ),
    )
    if request is not None:
        request._cong_menu = (
            home.pk,
            [page for page in rows if page.depth == home.depth + 1 and page.live and page.show_in_menus],
        )
    chain = sorted(
        (page for page in rows if page.url_path in prefixes and page.depth > home.depth),
        key=lambda page: page.depth,
    )
    parent_path = home.path
    for level, page in enumerate(chain):
        if page.depth != home.depth + level + 1 or page.path[: -home.steplen] != parent_path:
            return None
        parent_path = page.path
    if len(chain) != len(path_components):
        # A page on the way is missing. Wagtail's walk ends in a 404 too unless a page found on the way
        # routes addresses of its own (a section's ``rss/``): answer that 404 without walking again.
        for page in chain:
            model = ContentType.objects.get_for_id(page.content_type_id).model_class()
            if model is None or model.route is not Page.route:
                return None
        raise Http404
    for level, page in enumerate(chain[:-1]):
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        if model is None:
            return None
        if model.route is Page.route:
            continue
        if model.route is not RoutablePageMixin.route:
            return None
        if page.live:
            rest = "/" + "/".join(path_components[level + 1 :]) + "/"
            try:
                model.get_resolver().resolve(rest)
            except Exception:  # Resolver404: the page's own routes do not take this address
                pass
            else:
                return None
    model = ContentType.objects.get_for_id(chain[-1].content_type_id).model_class()
    if model is None:
        return None
    # The page with its live translations (the language switcher's, ``languages.live_translations``): all
    # share its ``translation_key``, so the condition starts there — its index; an OR of the id and the key
    # read every page on SQLite (185 ms at 100,000 articles).
    found = compiled.fetch(
        model,
        ("serve", model._meta.label, chain[-1].pk, chain[-1].translation_key),
        lambda: model.objects.select_related(*getattr(model, "serve_select_related", ()), "locale").filter(
            Q(translation_key=chain[-1].translation_key) & (Q(pk=chain[-1].pk) | Q(live=True))
        ),
    )
    target = next((page for page in found if page.pk == chain[-1].pk), None)
    if target is None:
        return None
    if request is not None:
        request._cong_translations = (target.pk, [page for page in found if page.live])
    target._cached_parent_obj = chain[-2] if len(chain) > 1 else home
    # The pages on the way are the breadcrumbs (ContentPage.get_context): no second query for them.
    target._route_ancestors = [home, *chain[:-1]]
    target._route_restricted = any(page.restricted_here or page.restricted_above for page in chain)
    return target.route(request, [])


class SectionPage(RoutablePageMixin, ContentPage):
    """Chuyên mục: lists the articles under it (also those in its sub-sections), newest first."""

    intro = models.TextField(_("Giới thiệu chuyên mục"), blank=True)
    show_on_home = models.BooleanField(
        _("Hiện trên trang chủ"),
        default=False,
        help_text=_("Các tin mới nhất của chuyên mục hiện ở trang chủ."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("show_on_home")]
    subpage_types = ["portal.SectionPage", "portal.ArticlePage", "portal.IntroPage"]
    parent_page_types = ["portal.HomePage", "portal.SectionPage"]

    class Meta:
        verbose_name = _("Chuyên mục")
        verbose_name_plural = _("Chuyên mục")

    def build_search_text(self) -> str:
        return self.intro

    def articles(self):
        return descendants(ArticlePage.objects.live(), self).order_by("-published_at", "-id")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        key = (self.pk, self.path, self.depth)
        # The sections among its children, found by their type in the pages' type-and-path index: not every
        # child of the section read to find the few sections among its articles.
        context["subsections"] = compiled.fetch(
            SectionPage,
            ("subsections", *key),
            lambda: descendants(SectionPage.objects.type(SectionPage), self, 1).live().order_by("path"),
        )
        context["page_obj"] = page_obj = paginate(request, SectionListing(self))
        [page_obj.object_list] = card_rows(page_obj.object_list)
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("rss/")
    def feed(self, request):
        from ..feeds import ArticleFeed

        return ArticleFeed()(request, section=self)


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("portal.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePageForm(WagtailAdminPageForm):
    """Admin form: an item goes for review or publication only with the author and source the profile
    requires (``attribution.required``: ND43-14, BK-5.3, LC-5.3, HG-3.3); a draft may be saved without."""

    def clean(self):
        from ..attribution import ONWARD_ACTIONS, missing_fields

        cleaned = super().clean()
        if any(action in self.data for action in ONWARD_ACTIONS):
            for field, message in missing_fields(cleaned).items():
                self.add_error(field, message)
        return cleaned


class ArticlePage(RoutablePageMixin, ContentPage):
    """Tin/bài: title, lead (sapo), rich body, author(s), source, publish date, tags, topics."""

    lead = models.TextField(_("Sapo (tóm tắt)"), help_text=_("Một đến hai câu tóm tắt nội dung bài."))
    body = StreamField(BodyBlock(), verbose_name=_("Nội dung"), blank=True)
    authors = models.CharField(_("Tác giả"), max_length=255, blank=True)
    source = models.CharField(_("Nguồn tin"), max_length=255, blank=True)
    published_at = models.DateTimeField(_("Ngày đăng"), default=timezone.now, db_index=True)
    featured = models.BooleanField(_("Tin nổi bật"), default=False)
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_image_alt = models.CharField(
        _("Mô tả ảnh đại diện (alt)"),
        max_length=255,
        blank=True,
        help_text=_("Bắt buộc khi có ảnh đại diện."),
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("Từ khóa"))
    topics = ParentalManyToManyField("portal.TopicPage", blank=True, verbose_name=_("Chuyên đề"))

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("main_image"), FieldPanel("main_image_alt")], heading=_("Ảnh đại diện")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("source"), FieldPanel("published_at"), FieldPanel("featured")],
            heading=_("Thông tin bài"),
        ),
        FieldPanel("tags"),
        FieldPanel("topics"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("lead"),
        index.FilterField("published_at"),
        index.FilterField("featured"),
    ]
    subpage_types = []
    parent_page_types = ["portal.SectionPage"]
    base_form_class = ArticlePageForm
    serve_select_related = ("main_image",)  # fetched with the page when HomePage.route finds it

    class Meta:
        verbose_name = _("Tin / bài")
        verbose_name_plural = _("Tin / bài")

    def clean(self):
        super().clean()
        if self.main_image_id and not self.main_image_alt.strip():
            raise ValidationError({"main_image_alt": _("Ảnh đại diện cần có mô tả thay thế (alt).")})

    def build_search_text(self) -> str:
        return "\n".join(filter(None, [self.lead, stream_plain_text(self.body), self.authors, self.source]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section"] = context["breadcrumbs"][-1] if context["breadcrumbs"] else None
        from ..attribution import citation
        from .site_settings import PortalSettings

        portal = PortalSettings.for_request(request)
        context["citation"] = citation(self, request, portal.portal_name or self.get_site().site_name)
        # Its keywords and topics: from the database with statements compiled once a process; a preview's
        # (the page from a revision: its clusters in memory) as they are.
        tags, topics = self.tags.all(), self.topics.all()
        label = type(self)._meta.label
        if isinstance(tags, QuerySet):
            tags = compiled.fetch(tags.model, ("article-tags", label, self.pk), lambda: tags)
        if isinstance(topics, QuerySet):
            topics = compiled.fetch(topics.model, ("article-topics", label, self.pk), lambda: topics)
        context["article_tags"], context["article_topics"] = tags, topics
        [context["related"]] = card_rows(self.related(context["section"]))
        return context

    RELATED_COUNT = 4

    def related(self, section=None) -> list:
        """The newest other live articles of its section (``section``: its parent page, if known), as card
        values. On SQLite, a section with many children has them read along the articles' date index
        (``SORT_TO_WALK``; its ``numchild`` counts them), not all of them sorted: an article of a section of
        12,500 siblings read and sorted them all (~45 ms)."""
        parent_path = self.path[: -self.steplen]
        siblings = section.numchild if section is not None and section.path == parent_path else 0
        walk = (
            on_sqlite()
            and siblings
            and (self.RELATED_COUNT * pages_estimate() / siblings < SORT_TO_WALK * siblings)
        )

        def build():
            articles = ArticlePage.objects.live().exclude(pk=self.pk)
            if walk:
                # The ``LIKE`` and ``depth + 0`` (an expression) leave SQLite no index but the date's.
                articles = articles.alias(level=F("depth") + 0).filter(
                    path__startswith=parent_path, level=self.depth
                )
            else:
                articles = articles.filter(under(parent_path), depth=self.depth)
            return articles.order_by("-published_at", "-id")[: self.RELATED_COUNT].values_list(*CARD_COLUMNS)

        return compiled.fetch(ArticlePage, ("related", self.pk, self.path, self.depth, bool(walk)), build)

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("luu/")
    def save_copy(self, request):
        """Lưu bài: the printable article as an HTML file to keep (ND43-15)."""
        response = TemplateResponse(
            request, "portal/article_page_saved.html", self.get_context(request)
        ).render()
        download = HttpResponse(response.content, content_type="text/html; charset=utf-8")
        download["Content-Disposition"] = f'attachment; filename="{self.slug}.html"'
        return download


class TopicPage(ContentPage):
    """Chuyên đề: gathers articles from any section that editors attach to it."""

    intro = models.TextField(_("Giới thiệu chuyên đề"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = []
    parent_page_types = ["portal.HomePage", "portal.SectionPage"]

    class Meta:
        verbose_name = _("Chuyên đề")
        verbose_name_plural = _("Chuyên đề")

    def build_search_text(self) -> str:
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def articles():
            return ArticlePage.objects.live().filter(topics=self).order_by("-published_at", "-id")

        context["page_obj"] = page_obj = paginate(request, CardListing(("topic", self.pk), articles))
        [page_obj.object_list] = card_rows(page_obj.object_list)
        return context


class IntroPage(ContentPage):
    """Trang giới thiệu: natural conditions, history, culture, map, organisation, leaders (BK-3.3.a,
    LC-9.1.a, ND43-10.a)."""

    lead = models.TextField(_("Tóm tắt"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Nội dung"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = ContentPage.search_fields + [index.SearchField("lead")]
    subpage_types = ["portal.IntroPage"]
    parent_page_types = ["portal.HomePage", "portal.SectionPage", "portal.IntroPage"]

    class Meta:
        verbose_name = _("Trang giới thiệu")
        verbose_name_plural = _("Trang giới thiệu")

    def build_search_text(self) -> str:
        return "\n".join(filter(None, [self.lead, stream_plain_text(self.body)]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = compiled.fetch(
            IntroPage,
            ("intro-children", self.path, self.depth),
            lambda: descendants(IntroPage.objects, self, 1).live().order_by("path"),
        )
        return context
