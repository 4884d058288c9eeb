"""The actions: what a clause requires is refused with the clause named and nothing written; who may act;
the audit entries; the profile's ``spokesperson.fields``."""

import pytest
from wagtail.models import ModelLogEntry

from cong.core.testing.profiles import override, profile
from cong.officials.actions import ActionError, NotAllowed, publish_record, save_record, unpublish_record
from cong.officials.models import PHONE_OR_FAX, Official, Spokesperson, Statement

from .factories import make_official, make_spokesperson, make_statement

pytestmark = pytest.mark.django_db


def test_an_official_without_phone_or_fax_is_refused_naming_the_clause():
    official = Official(name="Lê Văn Cường", position="Chuyên viên", email="lvcuong@hoason.gov.vn")
    with pytest.raises(ActionError) as refused:
        save_record(official, acting_user=None, publish=True)
    assert "Cần ít nhất số điện thoại hoặc số fax (LC-9.1.k)" in str(refused.value)
    assert PHONE_OR_FAX == "Cần ít nhất số điện thoại hoặc số fax (LC-9.1.k)"
    assert not Official.objects.exists()
    assert not ModelLogEntry.objects.filter(action="officials.saved").exists()


def test_a_fax_alone_is_enough_and_an_email_is_required():
    official = make_official(phone="", fax="0201 3852 999")
    assert official.live and official.fax == "0201 3852 999"
    with pytest.raises(ActionError, match="thư điện tử công vụ"):
        make_official(email="")


def test_saving_and_publishing_are_audited_and_unpublishing_withdraws():
    official = make_official()
    actions = set(ModelLogEntry.objects.filter(object_id=str(official.pk)).values_list("action", flat=True))
    assert {"officials.saved", "wagtail.publish"} <= actions
    unpublish_record(official, acting_user=None)
    assert not Official.objects.get(pk=official.pk).live
    with pytest.raises(ActionError, match="chưa được đăng"):
        unpublish_record(official, acting_user=None)
    assert publish_record(official, acting_user=None).live


def test_the_national_profile_requires_all_four_spokesperson_fields():
    with pytest.raises(ActionError) as refused:
        make_spokesperson(phone="", email="")
    assert "Thiếu số điện thoại, thư điện tử của người phát ngôn (ND43-10.k)" in str(refused.value)
    assert not Spokesperson.objects.exists()


def test_lai_chau_names_its_own_clause(settings):
    with profile(settings, "lai-chau"):
        with pytest.raises(ActionError, match=r"Thiếu chức vụ của người phát ngôn \(LC-9.2\)"):
            make_spokesperson(position="")


def test_a_profile_requiring_fewer_spokesperson_fields_accepts_what_the_national_one_refuses(
    settings, tmp_path
):
    """spokesperson.fields: national (ND43-10.k) wants name, position, phone and e-mail; a profile that only
    asks for name and position accepts a spokesperson without phone or e-mail."""
    unsaved = Spokesperson(name="Vàng A Dính", position="Chánh Văn phòng")
    with pytest.raises(ActionError, match="số điện thoại, thư điện tử"):
        save_record(unsaved, acting_user=None, publish=True)
    override(
        settings, tmp_path, "spokesperson", 'fields = { value = ["name", "position"], source = "HG-2.3.b" }'
    )
    person = save_record(
        Spokesperson(name="Vàng A Dính", position="Chánh Văn phòng"), acting_user=None, publish=True
    )
    assert person.live
    with pytest.raises(ActionError, match=r"Thiếu họ và tên của người phát ngôn \(HG-2.3.b\)"):
        save_record(Spokesperson(position="Chánh Văn phòng"), acting_user=None)


def test_a_statement_is_dated_signed_and_speaks_for_its_spokespersons_agency(newsroom):
    person = make_spokesperson(agency=newsroom.agency_a)
    statement = make_statement(spokesperson=person)
    assert statement.agency == newsroom.agency_a
    with pytest.raises(ActionError, match=r"người ký \(HG-8.3\)"):
        make_statement(spokesperson=person, signer="")
    assert Statement.objects.count() == 1


def test_staff_act_on_their_own_agencys_records_only(newsroom):
    users = newsroom.users
    theirs = make_official(agency=newsroom.agency_a, publish=False)
    others = make_official(agency=newsroom.agency_b, publish=False, email="khac@hoason.gov.vn")
    assert publish_record(theirs, acting_user=users["moderator_a"]).live
    with pytest.raises(NotAllowed, match="không có quyền đăng"):
        publish_record(others, acting_user=users["moderator_a"])
    with pytest.raises(NotAllowed):
        publish_record(others, acting_user=users["editor_b"])  # may draft, not publish
    draft = save_record(
        Official(name="Hà Thị Duyên", position="Chuyên viên", email="htd@hoason.gov.vn", phone="0201 1",
                 agency=newsroom.agency_b),
        acting_user=users["editor_b"],
    )  # fmt: skip
    assert not draft.live
    assert ModelLogEntry.objects.filter(
        object_id=str(draft.pk), action="officials.saved", user=users["editor_b"]
    ).exists()
    assert publish_record(others, acting_user=users["leader"]).live  # the provincial board: any agency


def test_an_anonymous_visitor_may_not_act():
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(NotAllowed):
        save_record(Official(name="A", position="B", email="a@b.vn", phone="1"), acting_user=AnonymousUser())
    assert not Official.objects.exists()
