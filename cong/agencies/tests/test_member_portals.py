"""Member portals: own sub-domain, own templates' rendering, permissions that reach only their own site."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page, Site

from cong.agencies.models import Agency
from cong.agencies.portals import create_member_portal, member_portal_hostname
from cong.core.profiles import clear_profile_cache
from cong.portal.models import ArticlePage
from cong.portal.tests.factories import make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts(newsroom):
    """A draft in each member portal and one in the provincial portal."""
    from cong.portal.models import SectionPage

    result = {}
    for key, home in (
        ("a", newsroom.agency_a.site.root_page),
        ("b", newsroom.agency_b.site.root_page),
        ("province", newsroom.portal.home),
    ):
        section = SectionPage(title=f"Tin {key}", slug=f"tin-{key}")
        home.add_child(instance=section)
        article = ArticlePage(title=f"Bản nháp {key}", slug=f"ban-nhap-{key}", lead="Sapo", live=False)
        section.add_child(instance=article)
        article.save_revision()
        result[key] = article
    return result


def test_lai_chau_hostname_is_fourth_level_without_diacritics(settings, db):
    settings.CONG_PROFILE = "lai-chau"
    clear_profile_cache()
    try:
        agency = Agency(name="Sở Thông tin và Truyền thông", code="stttt")
        assert member_portal_hostname(agency) == "stttt.laichau.gov.vn"
    finally:
        settings.CONG_PROFILE = "national"
        clear_profile_cache()


def test_creating_a_member_portal_makes_a_site_with_its_own_home_and_settings(newsroom, client):
    site = newsroom.agency_a.site
    assert site.hostname == "sotc.thunghiem.gov.vn"
    assert site.root_page.specific.title.endswith("Sở Tài chính")
    html = client.get("/", HTTP_HOST="sotc.thunghiem.gov.vn").content.decode()
    assert "Sở Tài chính" in html
    # The same call again changes nothing.
    assert create_member_portal(newsroom.agency_a) == site
    assert Site.objects.filter(hostname="sotc.thunghiem.gov.vn").count() == 1


def test_hostname_routes_to_the_right_member_portal(newsroom, client):
    from cong.portal.models import SectionPage
    from cong.portal.tests.factories import publish

    for agency, title in (
        (newsroom.agency_a, "Quyết toán ngân sách"),
        (newsroom.agency_b, "Lễ hội xuống đồng"),
    ):
        section = publish(agency.site.root_page, SectionPage(title="Tin tức", slug="tin-tuc"))
        publish(section, ArticlePage(title=title, slug="tin-1", lead="Sapo"))
    a = client.get("/tin-tuc/tin-1/", HTTP_HOST="sotc.thunghiem.gov.vn").content.decode()
    b = client.get("/tin-tuc/tin-1/", HTTP_HOST="ubndtanlap.thunghiem.gov.vn").content.decode()
    assert "Quyết toán ngân sách" in a and "Lễ hội xuống đồng" not in a
    assert "Lễ hội xuống đồng" in b
    assert client.get("/tin-tuc/tin-1/").status_code == 404  # the provincial portal has no such page


def test_bad_or_taken_hostname_is_refused(newsroom):
    agency = Agency.objects.create(name="Sở Y tế", code="soyt")
    with pytest.raises(ValidationError) as error:
        create_member_portal(agency, hostname="sở y tế.gov.vn")
    assert "không hợp lệ" in str(error.value)
    with pytest.raises(ValidationError):
        create_member_portal(agency, hostname="sotc.thunghiem.gov.vn")
    agency.refresh_from_db()
    assert agency.site is None and not Page.objects.filter(slug="soyt").exists()


@pytest.mark.parametrize(
    ("user", "can_edit"),
    [
        ("editor_a", {"a"}),
        ("moderator_a", {"a"}),
        ("editor_b", {"b"}),
        ("moderator_b", {"b"}),
        ("updater", {"province"}),
        ("secretary", {"province"}),
        ("leader", {"province"}),
    ],
)
def test_permission_matrix(newsroom, drafts, user, can_edit):
    """A member-portal editor cannot see or edit another portal's drafts, and no one publishes outside
    the workflow (cong/accounts/tests/test_authorisation_matrix.py has every role and action)."""
    account = newsroom.user(user)
    for key, article in drafts.items():
        perms = article.permissions_for_user(account)
        assert perms.can_edit() == (key in can_edit), (user, key, "edit")
        assert not perms.can_publish(), (user, key, "publish")


def test_member_editor_admin_lists_only_their_portal(newsroom, drafts, client):
    client.force_login(newsroom.user("editor_a"))
    own = client.get(f"/quan-tri/pages/{drafts['a'].get_parent().pk}/")
    assert own.status_code == 200 and "Bản nháp a" in own.content.decode()
    other = client.get(f"/quan-tri/pages/{drafts['b'].pk}/edit/")
    assert other.status_code in (302, 403)
    explorer = client.get("/quan-tri/pages/").content.decode()
    assert "Bản nháp b" not in explorer and "UBND huyện Tân Lập" not in explorer


def test_member_images_are_private_to_their_collection(newsroom, client):
    from wagtail.models import Collection

    image = make_image("Ảnh của huyện Tân Lập")
    image.collection = Collection.objects.get(name="UBND huyện Tân Lập")
    image.save()
    client.force_login(newsroom.user("editor_a"))
    assert "Ảnh của huyện Tân Lập" not in client.get("/quan-tri/images/").content.decode()
    client.force_login(newsroom.user("editor_b"))
    assert "Ảnh của huyện Tân Lập" in client.get("/quan-tri/images/").content.decode()


def test_member_portal_creation_is_in_the_audit_log(newsroom):
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(
        action="cong.member_portal.create", object_id=str(newsroom.agency_a.pk)
    ).exists()


def test_member_item_is_approved_by_its_own_portal_moderator(newsroom, drafts):
    from django.core import mail

    article = drafts["a"]
    article.get_workflow().start(article, newsroom.user("editor_a"))
    assert any(newsroom.user("moderator_a").email in m.to for m in mail.outbox)
    assert not any(newsroom.user("moderator_b").email in m.to for m in mail.outbox)
    state = article.current_workflow_task_state.specific
    task = state.task.specific
    assert task.get_actions(article, newsroom.user("moderator_b")) == []
    assert task.get_actions(article, newsroom.user("editor_a")) == []
    assert task.get_actions(article, newsroom.user("leader")) == []  # provincial board: not their portal
    from wagtail.models import TaskState

    assert TaskState.objects.reviewable_by(newsroom.user("moderator_a")).filter(pk=state.pk).exists()
    assert not TaskState.objects.reviewable_by(newsroom.user("moderator_b")).filter(pk=state.pk).exists()
    task.on_action(state, newsroom.user("moderator_a"), "approve")
    article.refresh_from_db()
    assert article.live


def test_administrator_creates_a_member_portal_from_the_admin(newsroom, client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        "quantri_thu", "qt@thunghiem.gov.vn", "Mat-khau-dai-2026"
    )
    agency = Agency.objects.create(name="Sở Y tế", code="soyt")
    client.force_login(admin)
    listing = client.get("/quan-tri/snippets/agencies/agency/").content.decode()
    assert f"/quan-tri/co-quan/{agency.pk}/tao-cong/" in listing
    form = client.get(f"/quan-tri/co-quan/{agency.pk}/tao-cong/").content.decode()
    assert "soyt." in form
    bad = client.post(f"/quan-tri/co-quan/{agency.pk}/tao-cong/", {"hostname": "sở y tế"})
    assert bad.status_code == 200 and "không hợp lệ" in bad.content.decode()
    client.post(f"/quan-tri/co-quan/{agency.pk}/tao-cong/", {"hostname": "soyt.thunghiem.gov.vn"})
    agency.refresh_from_db()
    assert agency.site.hostname == "soyt.thunghiem.gov.vn"
    client.force_login(newsroom.user("editor_a"))
    assert client.get(f"/quan-tri/co-quan/{agency.pk}/tao-cong/").status_code in (302, 403)
