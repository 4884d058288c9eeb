"""The words readers can be told about when they mistype one (issue 17): «Có phải bạn muốn tìm …».

Every folded word of every page's title and text (``ContentPage.save`` adds them; a migration filled
the existing ones), numbers left out. It stays small — Vietnamese has a few thousand syllables, plus names
— so comparing a mistyped word with all of it is cheap: PostgreSQL with ``pg_trgm``'s ``similarity``,
SQLite with the same measure in Python (``cong/portal/search.py``, ``suggest``).
"""

from django.db import models
from django.utils.translation import gettext_lazy


class SearchWord(models.Model):
    word = models.CharField(max_length=64, primary_key=True)

    class Meta:
        verbose_name = gettext_lazy("từ tìm kiếm")

    def __str__(self) -> str:
        return self.word

    @classmethod
    def add(cls, folded_words) -> None:
        """Remember these folded words (one query; the ones already known are left alone)."""
        words = {w for w in folded_words if 1 < len(w) <= 64 and not w.isdigit()}
        if words:
            cls.objects.bulk_create([cls(word=w) for w in words], ignore_conflicts=True)
