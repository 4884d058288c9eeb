"""Issue 10, finding 4: nobody approves their own item. The penetration test saw `thuky` approve the
secretary step of an article they wrote, `truongban` approve the last step of their own, and
`kiemduyet.sonnmt` approve and publish their own. Each test replays it with real POSTs to the workflow
action URL (and bulk publish) and checks that it fails — and that someone else's approval still works."""

from pathlib import Path

import pytest
from wagtail.models import ModelLogEntry, PageLogEntry, TaskState

from cong.core.profiles import clear_profile_cache
from cong.portal.models import ArticlePage, SectionPage

pytestmark = pytest.mark.django_db


def draft(parent, author, title):
    article = ArticlePage(title=title, slug=title.lower().replace(" ", "-"), lead="Sapo.", live=False)
    parent.add_child(instance=article)
    article.save_revision(user=author)
    return article


def submitted(parent, author, title):
    article = draft(parent, author, title)
    article.get_workflow().start(article, author)
    article.refresh_from_db()
    return article


def approve(client, article, task_state=None):
    """POST to Wagtail's workflow action URL, as the approve button of the review screen does."""
    state = task_state or article.current_workflow_task_state
    return client.post(f"/quan-tri/pages/workflow/action/{article.pk}/approve/{state.pk}/", {"comment": ""})


def refused(response) -> bool:
    """Wagtail answers a refused admin action with a redirect to the dashboard and an error message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/quan-tri/"
    )


def accepted(response) -> bool:
    return response.status_code == 302 and response["Location"] != "/quan-tri/"


def live(article):
    return ArticlePage.objects.get(pk=article.pk).live


@pytest.fixture
def member_section(newsroom):
    home = newsroom.agency_a.site.root_page
    section = SectionPage(title="Tin tức", slug="tin-tuc")
    home.add_child(instance=section)
    return section


def test_secretary_cannot_approve_the_step_of_an_article_they_wrote(newsroom, client):
    secretary = newsroom.user("secretary")
    article = submitted(newsroom.portal.section("Tin tức"), secretary, "Bài của thư ký")
    state = article.current_workflow_task_state
    assert state.task.specific.get_actions(article, secretary) == []
    client.force_login(secretary)
    assert refused(approve(client, article))
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS
    # The item does not wait in the author's own "to review" list.
    assert not TaskState.objects.reviewable_by(secretary).filter(pk=state.pk).exists()


def test_board_leader_cannot_give_the_final_approval_of_their_own_article(newsroom, client):
    leader, secretary, deputy = (newsroom.user(k) for k in ("leader", "secretary", "deputy"))
    article = submitted(newsroom.portal.section("Tin tức"), leader, "Bài của trưởng ban")
    client.force_login(secretary)
    assert accepted(approve(client, article))
    article.refresh_from_db()
    assert article.current_workflow_task.name == "Lãnh đạo Ban Biên tập duyệt"
    client.force_login(leader)
    assert refused(approve(client, article))
    assert not live(article)
    # Publishing outside the workflow, alone or in bulk, is gone too.
    assert not article.permissions_for_user(leader).can_publish()
    client.post(f"/quan-tri/bulk/wagtailcore/page/publish/?id={article.pk}")
    assert not live(article)
    # The deputy, who did not write it, approves; the workflow publishes it.
    client.force_login(deputy)
    assert accepted(approve(client, article))
    assert live(article)
    assert PageLogEntry.objects.filter(page=article, action="wagtail.publish", user=deputy).exists()


def test_member_moderator_cannot_approve_and_publish_their_own_item(newsroom, member_section, client):
    moderator, second = newsroom.user("moderator_a"), newsroom.user("head_a")
    article = submitted(member_section, moderator, "Tin của kiểm duyệt viên")
    client.force_login(moderator)
    assert refused(approve(client, article))
    client.post(f"/quan-tri/bulk/wagtailcore/page/publish/?id={article.pk}")
    assert not live(article)
    client.force_login(second)  # another moderator of the same portal
    assert accepted(approve(client, article))
    assert live(article)
    assert not ModelLogEntry.objects.filter(action="cong.workflow.self_approve").exists()
    assert not PageLogEntry.objects.filter(action="cong.workflow.self_approve").exists()


def test_a_reviewer_who_edits_the_item_no_longer_approves_it(newsroom, client):
    updater, secretary = newsroom.user("updater"), newsroom.user("secretary")
    article = submitted(newsroom.portal.section("Tin tức"), updater, "Bài được sửa khi duyệt")
    article.title = "Bài được thư ký viết lại"
    article.save_revision(user=secretary)  # the secretary rewrote it during review
    client.force_login(secretary)
    assert refused(approve(client, article))
    assert article.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_task_state_of_an_own_item_cannot_be_smuggled_under_another_items_url(newsroom, client):
    updater, secretary = newsroom.user("updater"), newsroom.user("secretary")
    own = submitted(newsroom.portal.section("Tin tức"), secretary, "Bài riêng của thư ký")
    other = submitted(newsroom.portal.section("Tin tức"), updater, "Bài của cán bộ cập nhật")
    client.force_login(secretary)
    # Wagtail's action view checks the actions on the URL's page but acts on the task state's own page.
    response = approve(client, other, task_state=own.current_workflow_task_state)
    assert refused(response)
    state = own.current_workflow_task_state
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS


def test_profile_may_allow_one_person_approval_on_member_portals_and_the_audit_log_says_so(
    newsroom, member_section, client, settings, tmp_path
):
    profile = Path(tmp_path, "cong-thanh-vien-nho.toml")
    profile.write_text(
        'parent = "national"\n\n[member_portals]\n'
        'self_approval = { value = true, source = "default", note = "Thử nghiệm: cổng thành viên một cán bộ." }\n',
        encoding="utf-8",
    )
    settings.CONG_PROFILE = str(profile)
    clear_profile_cache()
    try:
        moderator = newsroom.user("moderator_a")
        article = submitted(member_section, moderator, "Tin tự duyệt")
        client.force_login(moderator)
        assert accepted(approve(client, article))
        assert live(article)
        entry = PageLogEntry.objects.get(page=article, action="cong.workflow.self_approve")
        assert entry.user == moderator
        assert entry.data["profile_key"] == "member_portals.self_approval"
        # The provincial board never approves its own items, whatever member portals may do.
        secretary = newsroom.user("secretary")
        own = submitted(newsroom.portal.section("Tin tức"), secretary, "Bài tỉnh của thư ký")
        client.force_login(secretary)
        assert refused(approve(client, own))
    finally:
        settings.CONG_PROFILE = "national"
        clear_profile_cache()


def test_a_reviewer_who_only_clicks_approve_in_the_editor_still_approves(newsroom, client):
    """Wagtail's editor saves a revision before the decision whenever its form reports a change, also when
    the reviewer changed nothing (found by the end-to-end journey: every approval from the editor was
    refused). A revision identical in content to the one before does not make the reviewer an author."""
    updater, secretary = newsroom.user("updater"), newsroom.user("secretary")
    article = submitted(newsroom.portal.section("Tin tức"), updater, "Bài chỉ được mở ra duyệt")
    first_step = article.current_workflow_task_state
    article.save_revision(user=secretary)  # what the editor's «Duyệt» button saves first
    client.force_login(secretary)
    assert accepted(approve(client, article, first_step))
    first_step.refresh_from_db()
    assert first_step.status == TaskState.STATUS_APPROVED
