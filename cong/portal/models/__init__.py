from .pages import ArticlePage, ArticleTag, ContentPage, HomePage, IntroPage, SectionPage, TopicPage
from .site_settings import PortalSettings

__all__ = [
    "ArticlePage",
    "ArticleTag",
    "ContentPage",
    "HomePage",
    "IntroPage",
    "PortalSettings",
    "SectionPage",
    "TopicPage",
]
