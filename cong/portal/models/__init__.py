from .pages import ArticlePage, ArticleTag, ContentPage, HomePage, IntroPage, SectionPage, TopicPage
from .search_words import SearchWord
from .site_settings import PortalSettings

__all__ = [
    "ArticlePage",
    "ArticleTag",
    "ContentPage",
    "HomePage",
    "IntroPage",
    "PortalSettings",
    "SearchWord",
    "SectionPage",
    "TopicPage",
]
