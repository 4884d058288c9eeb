"""The demo loads the five seeds through the importer, the cited texts, a gazette issue and a consultation."""

import pytest
from django.utils import timezone

from cong.demo import legal as demo
from cong.legal.models import Comment, Consultation, DocumentRelation, GazetteIssue, LegalDocument

pytestmark = pytest.mark.django_db


def test_demo_is_complete_and_idempotent(portal):
    demo.load(timezone.now(), print)
    counts = (LegalDocument.objects.count(), GazetteIssue.objects.count(), Comment.objects.count())
    seeds = LegalDocument.objects.filter(imported_from__endswith=".txt", live=True)
    assert seeds.count() == 5
    assert (
        LegalDocument.objects.filter(metadata_only=True, live=True).count() >= 20
    )  # the cited national texts
    bac_kan = LegalDocument.objects.get(number="17/2018/QĐ-UBND")
    replaced = LegalDocument.objects.get(number="307/2010/QĐ-UBND")
    assert replaced.status == "expired" and replaced.ended_by == bac_kan
    decree_43 = LegalDocument.objects.get(number="43/2011/NĐ-CP")
    assert decree_43.status == "expired"  # repealed by Decree 42/2022/NĐ-CP
    # The seeds' grounds point to records, so the relations show on both sides.
    assert DocumentRelation.objects.filter(target=decree_43, kind="based_on").count() == 4
    consultation = Consultation.objects.get(slug=demo.CONSULTATION_SLUG)
    assert consultation.is_open() and consultation.comments.filter(status="approved").count() == 4
    demo.load(timezone.now(), print)
    assert (LegalDocument.objects.count(), GazetteIssue.objects.count(), Comment.objects.count()) == counts
