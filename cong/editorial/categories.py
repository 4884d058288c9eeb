"""Chuyên mục bắt buộc: the categories the regulation requires (profile ``categories``: ND43-10–12, 18;
BK-3.3.a–s), checked against the provincial portal's tree, so the editorial board sees on its dashboard
which ones the site does not have yet."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from cong.core.profiles import get_profile
from cong.core.text import fold

# How deep below the home page a category may sit (a section, or a sub-section of one).
CATEGORY_DEPTH = 3


def _key(title: str) -> str:
    """Titles compare without diacritics, case or punctuation: "Tin tức – Sự kiện" = "Tin tức, sự kiện"."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(title).lower()))


@dataclass
class CategoryCheck:
    required: list[str]
    missing: list[str]
    source: str


def check_categories(site) -> CategoryCheck:
    """Required categories with no live page of the same title in ``site``'s first levels."""
    param = get_profile().param("categories")
    home = site.root_page
    titles = Page.objects.live().descendant_of(home).filter(depth__lte=home.depth + CATEGORY_DEPTH)
    present = {_key(title) for title in titles.values_list("title", flat=True)}
    missing = [category for category in param.value if _key(category) not in present]
    return CategoryCheck(list(param.value), missing, param.source)


class RequiredCategoriesPanel(Component):
    """Dashboard panel: «Chuyên mục bắt buộc chưa có trên Cổng»."""

    name = "required_categories"
    order = 120
    template_name = "editorial/admin/required_categories_panel.html"

    def __init__(self, check: CategoryCheck):
        self.check = check

    def get_context_data(self, parent_context=None):
        return {"check": self.check, "title": _("Chuyên mục bắt buộc theo quy chế")}
