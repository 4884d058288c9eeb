"""Member portals propose items; the provincial board approves; the provincial portal lists them with a
link back, without copying (LC-12.4, ND43-16). The provincial search covers member portals."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from wagtail.models import ModelLogEntry

from cong.editorial.actions import decide_proposal, propose_to_province
from cong.editorial.models import AgencyNewsIndexPage, Proposal
from cong.portal.models import ArticlePage, SectionPage
from cong.portal.tests.factories import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_item(newsroom):
    section = publish(
        newsroom.agency_a.site.root_page, SectionPage(title="Tin tài chính", slug="tin-tai-chinh")
    )
    return publish(
        section,
        ArticlePage(
            title="Công khai dự toán ngân sách năm 2027",
            slug="du-toan-2027",
            lead="Sở Tài chính công khai dự toán ngân sách địa phương.",
        ),
    )


@pytest.fixture
def listing(newsroom):
    return publish(
        newsroom.portal.home, AgencyNewsIndexPage(title="Tin từ các cơ quan", slug="tin-tu-co-quan")
    )


def test_approved_proposal_is_listed_on_the_provincial_portal_with_a_link_back(
    newsroom, member_item, listing, client
):
    proposal = propose_to_province(member_item, acting_user=newsroom.user("editor_a"))
    assert proposal.agency == newsroom.agency_a and proposal.status == Proposal.Status.PENDING
    assert "Công khai dự toán" not in client.get(listing.url).content.decode()

    decide_proposal(proposal, acting_user=newsroom.user("leader"), approve=True)
    html = client.get(listing.url).content.decode()
    assert "Công khai dự toán ngân sách năm 2027" in html
    assert 'href="http://sotc.thunghiem.gov.vn/tin-tai-chinh/du-toan-2027/"' in html
    assert "Sở Tài chính" in html
    assert ArticlePage.objects.filter(title="Công khai dự toán ngân sách năm 2027").count() == 1  # not copied
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"cong.proposal.create", "cong.proposal.approve"} <= actions


def test_every_member_portal_is_linked_from_the_listing_even_before_it_proposes(newsroom, listing, client):
    html = client.get(listing.url).content.decode()
    assert '<a href="http://sotc.thunghiem.gov.vn/">Sở Tài chính</a>' in html
    assert '<a href="http://ubndtanlap.thunghiem.gov.vn/">UBND huyện Tân Lập</a>' in html


def test_only_the_provincial_board_decides_and_a_refusal_needs_a_reason(newsroom, member_item):
    proposal = propose_to_province(member_item, acting_user=newsroom.user("editor_a"))
    with pytest.raises(PermissionDenied):
        decide_proposal(proposal, acting_user=newsroom.user("moderator_b"), approve=True)
    with pytest.raises(PermissionDenied):  # the secretary prepares; the board head decides
        decide_proposal(proposal, acting_user=newsroom.user("secretary"), approve=True)
    with pytest.raises(ValidationError):
        decide_proposal(proposal, acting_user=newsroom.user("deputy"), approve=False, comment=" ")
    decide_proposal(
        proposal, acting_user=newsroom.user("deputy"), approve=False, comment="Nội dung chỉ mang tính nội bộ."
    )
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.REJECTED


def test_proposal_rules(newsroom, member_item):
    with pytest.raises(PermissionDenied):
        propose_to_province(member_item, acting_user=newsroom.user("editor_b"))  # another portal's item
    propose_to_province(member_item, acting_user=newsroom.user("editor_a"))
    with pytest.raises(ValidationError):
        propose_to_province(member_item, acting_user=newsroom.user("editor_a"))  # twice
    provincial = newsroom.portal.article(newsroom.portal.section("Tin tức"))
    with pytest.raises(ValidationError):
        propose_to_province(provincial, acting_user=newsroom.user("updater"))


def test_board_reviews_proposals_in_the_admin(newsroom, member_item, client):
    proposal = propose_to_province(member_item, acting_user=newsroom.user("editor_a"))
    client.force_login(newsroom.user("editor_a"))
    assert client.get("/quan-tri/de-xuat/").status_code in (302, 403)  # Wagtail redirects with a message
    # Issue 10, finding 6: the secretary sees the proposal but deciding it is the board head's.
    client.force_login(newsroom.user("secretary"))
    listing = client.get("/quan-tri/de-xuat/").content.decode()
    assert "Công khai dự toán" in listing and "Chờ Trưởng ban hoặc Phó Trưởng ban quyết định" in listing
    client.post(f"/quan-tri/de-xuat/{proposal.pk}/quyet-dinh/", {"decision": "approve"})
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.PENDING
    client.force_login(newsroom.user("leader"))
    assert "Công khai dự toán" in client.get("/quan-tri/de-xuat/").content.decode()
    client.post(f"/quan-tri/de-xuat/{proposal.pk}/quyet-dinh/", {"decision": "approve"})
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED and proposal.decided_by == newsroom.user("leader")


def test_member_editor_proposes_from_the_admin(newsroom, member_item, client):
    client.force_login(newsroom.user("editor_a"))
    edit = client.get(f"/quan-tri/pages/{member_item.pk}/edit/").content.decode()
    assert "Đề xuất lên Cổng tỉnh" in edit
    client.post(f"/quan-tri/de-xuat/gui/{member_item.pk}/")
    assert Proposal.objects.filter(page=member_item).exists()


def test_provincial_search_finds_member_items_labelled_with_their_portal(newsroom, member_item, client):
    response = client.get("/tim-kiem/", {"q": "du toan ngan sach"})
    hits = response.context["hits"]
    assert [h["item"].title for h in hits] == ["Công khai dự toán ngân sách năm 2027"]
    assert hits[0]["portal"] == "Sở Tài chính"
    assert "Sở Tài chính" in response.content.decode()
    # A member portal's own search stays within itself.
    other = client.get("/tim-kiem/", {"q": "du toan ngan sach"}, HTTP_HOST="ubndtanlap.thunghiem.gov.vn")
    assert other.context["hits"] == []


def test_decision_buttons_are_shown_iff_the_decision_is_permitted(newsroom, member_item, client):
    """For the secretary (reviews, does not decide) and the leader (decides), before and after."""
    from cong.editorial.actions import available_actions

    proposal = propose_to_province(member_item, acting_user=newsroom.user("editor_a"))
    secretary, leader = newsroom.user("secretary"), newsroom.user("leader")

    def buttons(user):
        client.force_login(user)
        page = client.get("/quan-tri/de-xuat/").content.decode()
        return {name for name in ("approve", "reject") if f'name="decision" value="{name}"' in page}

    assert available_actions(secretary, proposal) == [] and buttons(secretary) == set()
    assert available_actions(leader, proposal) == ["approve", "reject"]
    assert buttons(leader) == {"approve", "reject"}
    decide_proposal(proposal, acting_user=leader, approve=True)
    assert available_actions(leader, proposal) == [] and buttons(leader) == set()
