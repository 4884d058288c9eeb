"""Records published like pages: the base of every public register outside the page tree."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.search import index

from .search import index_words


def folded_words(*parts: str) -> str:
    """Folded search text: each word spaced, so that " term" finds words that start with it, " thu tuc "
    the phrase; then, when the text has diacritics, its words as written in lower case, for the exact
    tier of the site search (``cong.core.search.index_words``)."""
    return index_words(*parts)


class PublishedRecord(DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A record published through Wagtail's draft/publish like a page (a snippet with revisions, so
    workflows apply): documents, gazette issues, drafts for comment, the registers' records. Only ``live``
    records are public."""

    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    # Revision.legal_legaldocument etc.: the lookup from a revision back to its record.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s")

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions
