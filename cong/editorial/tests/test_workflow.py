"""The publication workflow: nothing is published without approval (BK-5.5, ST-10.4, LC-5.4)."""

import pytest
from django.core import mail
from wagtail.models import PageLogEntry

from cong.core.profiles import clear_profile_cache
from cong.editorial.setup import setup_editorial
from cong.portal.models import ArticlePage

pytestmark = pytest.mark.django_db


def draft(section, author, title="Tin dự thảo"):
    article = ArticlePage(title=title, slug=title.lower().replace(" ", "-"), lead="Sapo.")
    section.add_child(instance=article)
    article.unpublish() if article.live else None
    ArticlePage.objects.filter(pk=article.pk).update(live=False, has_unpublished_changes=True)
    article.refresh_from_db()
    article.save_revision(user=author)
    return article


def submit(article, user):
    return article.get_workflow().start(article, user)


def act(article, user, action, comment=""):
    state = article.current_workflow_task_state.specific
    task = state.task.specific
    assert action in [a[0] for a in task.get_actions(article, user)], f"{user} cannot {action}"
    task.on_action(state, user, action, comment=comment)
    article.refresh_from_db()


def test_default_path_secretary_then_leader_publishes(newsroom):
    section = newsroom.portal.section("Tin tức")
    updater, secretary, leader = (newsroom.user(k) for k in ("updater", "secretary", "leader"))
    article = draft(section, updater)
    assert not article.permissions_for_user(updater).can_publish()

    submit(article, updater)
    assert article.current_workflow_task.name == "Thư ký Ban Biên tập xem xét"
    # The next reviewer is told by e-mail; the author cannot approve their own item.
    assert any(secretary.email in m.to for m in mail.outbox)
    task = article.current_workflow_task_state.task.specific
    assert task.get_actions(article, updater) == []

    act(article, secretary, "approve")
    assert article.current_workflow_task.name == "Lãnh đạo Ban Biên tập duyệt" and not article.live
    assert any(leader.email in m.to for m in mail.outbox)

    act(article, leader, "approve")
    assert article.live
    # Every transition is in the audit log with who did it.
    logged = set(PageLogEntry.objects.filter(page=article).values_list("action", "user_id"))
    assert {
        ("wagtail.workflow.start", updater.pk),
        ("wagtail.workflow.approve", secretary.pk),
        ("wagtail.workflow.approve", leader.pk),
        ("wagtail.publish", leader.pk),
    } <= logged
    assert any(updater.email in m.to for m in mail.outbox[-2:])


def test_send_back_with_comment_reaches_the_author_and_is_audited(newsroom):
    section = newsroom.portal.section("Tin tức")
    updater, secretary = newsroom.user("updater"), newsroom.user("secretary")
    article = draft(section, updater, "Tin cần sửa")
    submit(article, updater)
    mail.outbox.clear()
    act(article, secretary, "reject", comment="Bổ sung nguồn tin và ảnh có chú thích.")
    assert not article.live
    assert article.current_workflow_state.status == "needs_changes"
    assert any(updater.email in m.to and "Bổ sung nguồn tin" in m.body for m in mail.outbox)
    entries = PageLogEntry.objects.filter(page=article).order_by("timestamp")
    actions = [(e.action, e.user_id) for e in entries]
    assert ("wagtail.workflow.start", updater.pk) in actions
    assert ("wagtail.workflow.reject", secretary.pk) in actions
    reject = entries.get(action="wagtail.workflow.reject")
    assert reject.data["comment"] == "Bổ sung nguồn tin và ảnh có chú thích."


def test_content_is_locked_for_the_author_while_in_review(newsroom):
    section = newsroom.portal.section("Tin tức")
    updater, secretary = newsroom.user("updater"), newsroom.user("secretary")
    article = draft(section, updater, "Tin đang duyệt")
    submit(article, updater)
    lock = article.get_lock()
    assert lock is not None and lock.for_user(updater)
    assert not article.get_lock().for_user(secretary)


def test_bac_kan_profile_adds_the_agency_head_step(newsroom, settings):
    """BK appendix (workflows.article): writer, head of agency, board secretary, board leader in that order."""
    settings.CONG_PROFILE = "bac-kan"
    clear_profile_cache()
    try:
        setup_editorial()
        from wagtail.models import Site

        site = Site.objects.get(is_default_site=True)
        names = [t.name for t in site.root_page.get_workflow().tasks]
        assert names == [
            "Thủ trưởng đơn vị duyệt",
            "Thư ký Ban Biên tập xem xét",
            "Lãnh đạo Ban Biên tập duyệt",
        ]

        from django.contrib.auth.models import Group

        section = newsroom.portal.section("Tin từ cơ quan")
        author = newsroom.user("editor_a")
        author.groups.add(Group.objects.get(name="Cập nhật"))
        article = draft(section, author, "Tin Sở Tài chính")
        submit(article, author)
        # The other agency's moderator and the author's own moderator (not head) cannot approve.
        state = article.current_workflow_task_state.specific
        assert state.task.specific.get_actions(article, newsroom.user("moderator_b")) == []
        assert state.task.specific.get_actions(article, newsroom.user("moderator_a")) == []
        assert any(newsroom.user("head_a").email in m.to for m in mail.outbox)
        act(article, newsroom.user("head_a"), "approve")
        assert article.current_workflow_task.name == "Thư ký Ban Biên tập xem xét"
    finally:
        settings.CONG_PROFILE = "national"
        clear_profile_cache()


def test_setup_roles_is_idempotent(newsroom):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, WorkflowTask

    counts = (Group.objects.count(), GroupPagePermission.objects.count(), WorkflowTask.objects.count())
    setup_editorial()
    setup_editorial()
    assert (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowTask.objects.count(),
    ) == counts


def test_scheduled_publishing_goes_live_at_its_time(newsroom):
    from datetime import timedelta
    from unittest import mock

    from django.core.management import call_command
    from django.utils import timezone

    section = newsroom.portal.section("Tin tức")
    updater = newsroom.user("updater")
    article = draft(section, updater, "Tin hẹn giờ")
    article.go_live_at = timezone.now() + timedelta(hours=1)
    article.save_revision(user=updater)
    submit(article, updater)
    act(article, newsroom.user("secretary"), "approve")
    act(article, newsroom.user("leader"), "approve")  # the last approval schedules it
    assert not article.live  # scheduled, not yet public
    call_command("publish_scheduled")
    article.refresh_from_db()
    assert not article.live
    later = timezone.now() + timedelta(hours=1, minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live


def test_scheduled_publishing_is_a_periodic_job():
    from cong.core.jobs import periodic_jobs

    job = periodic_jobs()["publish-scheduled"]
    assert job.interval().total_seconds() == 60


def test_administrators_group_manages_accounts(newsroom):
    from django.contrib.auth.models import Group

    from cong.editorial.roles import ADMINISTER
    from cong.editorial.tests.newsroom import make_user

    admin = make_user("quantri_cong", [Group.objects.get(name=ADMINISTER.group_name)])
    assert admin.has_perm("auth.change_user") and admin.has_perm("auth.add_group")
    assert not newsroom.user("leader").has_perm("auth.change_user")
