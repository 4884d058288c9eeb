"""Importing files as draft records; duplicates refused; replacing a document ends the old one.

Provisions: BK-3.3.e, LC-9.1.e, ND43-10.e, ST-11.2, KT-10.1.
"""

import datetime as dt

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cong.core.testing.profiles import override
from cong.legal.actions import PublicationError, publish_document
from cong.legal.importer.service import ImportRefused, import_document
from cong.legal.models import DocumentRelation, LegalDocument

from .factories import make_document
from .samples import SEEDS_DIR

pytestmark = pytest.mark.django_db


def seed_path(prefix):
    return next(SEEDS_DIR.glob(f"{prefix}_*.txt"))


def test_import_creates_a_draft_with_file_and_relations():
    document = import_document(seed_path("000"))
    assert not document.live
    assert document.number == "17/2018/QĐ-UBND"
    assert document.issued_on == dt.date(2018, 7, 31)
    assert document.effective_on == dt.date(2018, 8, 10)
    assert document.files.count() == 1
    kinds = list(document.relations.values_list("kind", "cited_number"))
    assert ("replaces", "307/2010/QĐ-UBND") in kinds
    assert sum(1 for kind, _ in kinds if kind == "based_on") == 8
    assert document.revisions.count() == 1  # visible in the admin as a draft to check


def test_duplicate_number_and_issuer_is_refused_and_nothing_created():
    first = import_document(seed_path("003"))
    with pytest.raises(ImportRefused) as refused:
        import_document(seed_path("003"))
    assert refused.value.existing == first
    assert f"/quan-tri/snippets/legal/legaldocument/edit/{first.pk}/" in str(refused.value)
    assert LegalDocument.objects.count() == 1


def test_duplicate_spelled_differently_is_the_same_document():
    make_document(number="1347/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Hậu Giang")
    other = LegalDocument(number="1347 /QĐ-UBND", issuer="UBND tỉnh Hậu Giang", summary="x")
    assert other.find_duplicate() is not None


def test_same_number_from_another_issuer_is_allowed():
    make_document(number="15/2024/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Lai Châu")
    make_document(number="15/2024/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Bắc Kạn")
    assert LegalDocument.objects.count() == 2


def test_replacing_document_ends_the_old_one_and_both_sides_show_it():
    old = make_document(number="307/2010/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Bắc Kạn",
                        issued_on=dt.date(2010, 2, 8), effective_on=dt.date(2010, 2, 18))  # fmt: skip
    new = import_document(seed_path("000"))
    old.refresh_from_db()
    assert old.status == LegalDocument.Status.IN_FORCE  # a draft changes nothing
    publish_document(new, acting_user=None)
    old.refresh_from_db()
    assert old.status == LegalDocument.Status.EXPIRED
    assert old.ended_by == new
    assert old.expires_on == dt.date(2018, 8, 10)
    relation = DocumentRelation.objects.get(source=new, kind="replaces")
    assert relation.target == old
    assert list(old.incoming_relations.values_list("source__number", flat=True)) == ["17/2018/QĐ-UBND"]


def test_citation_is_linked_when_the_cited_document_arrives_later():
    new = import_document(seed_path("000"))
    publish_document(new, acting_user=None)
    assert DocumentRelation.objects.get(source=new, kind="replaces").target is None
    old = make_document(number="307/2010/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Bắc Kạn")
    assert DocumentRelation.objects.get(source=new, kind="replaces").target == old
    old.refresh_from_db()
    assert old.status == LegalDocument.Status.EXPIRED and old.ended_by == new


def test_publication_requires_lc_9_1_e_fields():
    document = make_document(publish=False, with_file=False)
    with pytest.raises(PublicationError, match="tệp văn bản"):
        publish_document(document, acting_user=None)
    document.effective_on = None
    document.save()
    with pytest.raises(PublicationError, match="ngày có hiệu lực"):
        publish_document(document, acting_user=None)
    assert not LegalDocument.objects.get(pk=document.pk).live


def test_the_fields_required_for_publication_are_the_profiles(settings, tmp_path):
    """legal.required_fields: the national list (ND43-10.e, LC-9.1.e) requires a file; a profile that names
    the signer instead publishes a document without a file and refuses one without a signer."""
    document = make_document(publish=False, with_file=False, signer_name="")
    with pytest.raises(PublicationError, match="tệp văn bản") as refused:
        publish_document(document, acting_user=None)
    assert "người ký" not in str(refused.value)
    override(
        settings,
        tmp_path,
        "legal",
        'required_fields = { value = ["kind", "number", "summary", "signer_name"], source = "LC-9.1.e" }',
    )
    with pytest.raises(PublicationError, match="người ký") as refused:
        publish_document(document, acting_user=None)
    assert "tệp văn bản" not in str(refused.value)
    document.signer_name = "Nguyễn Văn A"
    document.save()
    assert publish_document(document, acting_user=None).live


def test_command_extract_json(capsys):
    call_command("legal", "extract", str(seed_path("002")), "--json")
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["number"] == "31/2010/QĐ-UBND"
    assert data["effective_on"] == "2010-12-20"
    assert data["signer"]["name"] == "Lê Văn Cần"
    assert data["based_on"][6]["number"] == "1605/QĐ-TTg"


def test_command_import_bad_file_exits_2(tmp_path):
    bad = tmp_path / "bai-tho.txt"
    bad.write_text("Mùa thu lá vàng rơi\n", encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("legal", "import", str(bad))
    assert error.value.returncode == 2
    assert LegalDocument.objects.count() == 0


def test_command_import_and_publish(capsys):
    call_command("legal", "import", str(seed_path("004")), "--publish")
    document = LegalDocument.objects.get()
    assert document.live and document.number == "1347/QĐ-UBND"
