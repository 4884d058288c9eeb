"""Page models of the stock-Wagtail anchor, written the way Wagtail's tutorial ("Your first Wagtail site")
writes a blog: a home page, blog index pages and blog posts with a rich-text body, a date, an intro, a
main image and tags. The home page lists each index's latest posts, as a news site's home does."""

from django.core.paginator import Paginator
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + ["intro"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["indexes"] = BlogIndexPage.objects.child_of(self).live()
        context["latest"] = BlogPage.objects.live().descendant_of(self).order_by("-date")[:5]
        return context


class BlogIndexPage(Page):
    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + ["intro"]

    def posts(self):
        return BlogPage.objects.live().descendant_of(self).order_by("-date")

    def latest_posts(self):
        return self.posts()[:4]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["blogpages"] = Paginator(self.posts(), 10).get_page(request.GET.get("page"))
        context["subindexes"] = self.get_children().live().type(BlogIndexPage)
        return context


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("BlogPage", related_name="tagged_items", on_delete=models.CASCADE)


class BlogPage(Page):
    date = models.DateTimeField("Post date")
    intro = models.CharField(max_length=500)
    body = RichTextField(blank=True)
    authors = models.CharField(max_length=255, blank=True)
    main_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    content_panels = Page.content_panels + ["date", "intro", "body", "authors", "main_image", "tags"]
