"""The legal actions are the only door: permission from ``available_actions``, all or nothing, no side
door through the comment snippet form."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry

from cong.legal import access, actions
from cong.legal.actions import NotAllowed, approve_comment, end_document, publish_document, receive_comment
from cong.legal.models import Comment, DocumentRelation, LegalDocument

from .factories import make_consultation, make_document

pytestmark = pytest.mark.django_db

MODERATION_URL = "/quan-tri/lay-y-kien/kiem-duyet/"


def _staff(django_user_model, username, *codenames):
    user = django_user_model.objects.create_user(username, f"{username}@ex.vn", "Mat-khau-Manh-2026")
    user.is_staff = True
    user.save()
    group = Group.objects.create(name=f"Nhóm {username}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *[Permission.objects.get(content_type__app_label="legal", codename=c) for c in codenames],
    )
    user.groups.add(group)
    return django_user_model.objects.get(pk=user.pk)  # fresh permission cache


@pytest.fixture
def pending(portal):
    consultation = make_consultation()
    return receive_comment(
        consultation, acting_user=None, name="Nguyễn Văn Sáu", email="sau@ex.vn", text="Ý kiến chưa duyệt"
    )


def test_editor_cannot_approve_a_comment_through_the_snippet_form(client, django_user_model, pending):
    """The attack: an editor who may edit comment snippets posts status=approved for a pending comment."""
    editor = _staff(django_user_model, "bientapvien", "change_comment", "view_comment")
    client.force_login(editor)
    url = f"/quan-tri/snippets/legal/comment/edit/{pending.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    assert 'name="status"' not in form.content.decode()  # the field is not offered at all
    client.post(url, {"status": Comment.Status.APPROVED, "moderation_note": "tự duyệt"})
    pending.refresh_from_db()
    assert pending.status == Comment.Status.PENDING
    assert pending.moderated_by is None
    assert not ModelLogEntry.objects.filter(action="legal.comment_approved").exists()
    public = client.get(pending.consultation.get_absolute_url()).content.decode()
    assert "Ý kiến chưa duyệt" not in public


def test_moderation_buttons_are_shown_iff_the_action_is_permitted(client, django_user_model, pending):
    moderator = _staff(django_user_model, "kiemduyet", "change_comment")
    reader = _staff(django_user_model, "chixem", "view_comment")
    assert access.available_actions(moderator, pending) == [access.APPROVE, access.REJECT]
    assert access.available_actions(reader, pending) == []

    client.force_login(moderator)
    page = client.get(MODERATION_URL).content.decode()
    assert 'value="approve"' in page and 'value="reject"' in page
    client.force_login(reader)
    refused = client.get(MODERATION_URL, follow=True)  # no button, and no screen: back to the dashboard
    assert 'value="approve"' not in refused.content.decode() and refused.redirect_chain
    client.post(MODERATION_URL, {"comment": pending.pk, "decision": "approve"})
    with pytest.raises(NotAllowed):
        approve_comment(pending, acting_user=reader)
    pending.refresh_from_db()
    assert pending.status == Comment.Status.PENDING

    client.force_login(moderator)
    client.post(MODERATION_URL, {"comment": pending.pk, "decision": "approve"})
    pending.refresh_from_db()
    assert pending.status == Comment.Status.APPROVED and pending.moderated_by == moderator
    assert access.available_actions(moderator, pending) == [access.REJECT]  # a decision can be reversed


def test_publish_document_is_refused_without_the_publish_permission(django_user_model, portal):
    document = make_document(publish=False)
    reader = _staff(django_user_model, "xemvanban", "view_legaldocument")
    publisher = _staff(django_user_model, "xuatban", "change_legaldocument", "publish_legaldocument")
    assert access.available_actions(reader, document) == []
    assert access.available_actions(publisher, document) == [access.PUBLISH]
    with pytest.raises(NotAllowed, match="không có quyền xuất bản"):
        publish_document(document, acting_user=reader)
    assert not LegalDocument.objects.get(pk=document.pk).live
    publish_document(document, acting_user=publisher)
    assert LegalDocument.objects.get(pk=document.pk).live


def _boom(*args, **kwargs):
    raise RuntimeError("nhật ký không ghi được")


def test_a_failed_audit_entry_leaves_the_replacement_half_written_nowhere(monkeypatch, portal):
    """Publishing a document that replaces another: relation, status of the old one, publication and
    audit entries are one transaction. The audit writer fails at the end: nothing at all is stored."""
    old = make_document(number="5/2020/QĐ-UBND", summary="Quy chế cũ")
    new = make_document(publish=False, number="7/2024/QĐ-UBND", summary="Quy chế mới")
    new.relations.add(DocumentRelation(kind="replaces", cited_number=old.number))
    new.save()
    entries = ModelLogEntry.objects.count()
    monkeypatch.setattr(actions, "log", _boom)
    with pytest.raises(RuntimeError):
        publish_document(new, acting_user=None)
    old.refresh_from_db()
    assert old.status == LegalDocument.Status.IN_FORCE and old.ended_by_id is None
    assert not LegalDocument.objects.get(pk=new.pk).live
    assert DocumentRelation.objects.get(source=new).target_id is None  # the link is rolled back too
    assert ModelLogEntry.objects.count() == entries


def test_end_document_changes_nothing_when_its_audit_entry_fails(monkeypatch, portal):
    old = make_document(number="5/2020/QĐ-UBND", summary="Quy chế cũ")
    new = make_document(number="7/2024/QĐ-UBND", summary="Quy chế mới")
    monkeypatch.setattr(actions, "log", _boom)
    with pytest.raises(RuntimeError):
        end_document(old, by=new, status=LegalDocument.Status.EXPIRED, acting_user=None)
    assert old.status == LegalDocument.Status.IN_FORCE  # neither the row nor the instance in memory
    assert LegalDocument.objects.get(pk=old.pk).status == LegalDocument.Status.IN_FORCE
