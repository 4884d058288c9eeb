"""Builders shared by the demo and the tests (factory_boy): accounts, groups, agencies and their staff,
fields of questions, legal documents and consultations.

The demo's variants find a record before creating it (``django_get_or_create``), so that running the demo
again adds nothing; the tests' plain factories always create. A record that has a workflow is published
through its action (``publish=True``), never by setting a status field."""

from __future__ import annotations

import datetime as dt

import factory
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory, Password
from wagtail.documents import get_document_model

from cong.agencies.models import Agency, AgencyStaff
from cong.citizens.models import Field
from cong.core.names import split_full_name
from cong.legal.models import Consultation, DocumentFile, LegalDocument

from .users import DEMO_PASSWORD, demo_user

ADMIN_ACCESS = "wagtailadmin.access_admin"
# The board of Hỏi – Đáp: classifies, routes, refuses and publishes; sees the reports.
QA_BOARD_GROUP = "Ban Biên tập – Hỏi đáp"  # i18n: data (a group name)
QA_BOARD_PERMISSIONS = ("citizens.handle_as_board", "citizens.view_question_reports", ADMIN_ACCESS)


def find_permissions(*names: str) -> list[Permission]:
    """Permissions by "app_label.codename"."""
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


class UserFactory(DjangoModelFactory):
    """An account. ``full_name`` ("Nguyễn Văn Cập") fills first and last name as the account stores them;
    ``groups`` and ``permissions`` ("app.codename") are added after it is saved."""

    class Meta:
        model = settings.AUTH_USER_MODEL
        skip_postgeneration_save = True

    class Params:
        full_name = ""

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.gov.vn")
    first_name = factory.LazyAttribute(lambda user: split_full_name(user.full_name)[0])
    last_name = factory.LazyAttribute(lambda user: split_full_name(user.full_name)[1])
    password = Password(None)  # unusable unless given

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)

    @factory.post_generation
    def permissions(self, create, extracted, **kwargs):
        if create and extracted:
            self.user_permissions.add(*find_permissions(*extracted))


class StaffUserFactory(UserFactory):
    """Someone who works in the back office: staff, with access to the admin."""

    is_staff = True
    permissions = factory.PostGeneration(
        lambda user, create, extracted, **kwargs: (
            create and user.user_permissions.add(*find_permissions(*(extracted or (ADMIN_ACCESS,))))
        )
    )


class DemoUserFactory(UserFactory):
    """A registered demo account (cong/demo/data/users.toml) by its username, with the demo password; found
    again on a second run."""

    class Params:
        full_name = factory.LazyAttribute(lambda user: demo_user(user.username).full_name)

    email = factory.LazyAttribute(lambda user: demo_user(user.username).email)
    password = DEMO_PASSWORD

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Found again without hashing the password anew (hashing is slow on purpose).
        found = model_class._default_manager.filter(username=kwargs["username"]).first()
        return found or model_class._default_manager.create_user(*args, **kwargs)


def demo_account(username: str):
    """The demo account ``username``, already created."""
    return get_user_model().objects.get(username=username)


class GroupFactory(DjangoModelFactory):  # i18n: data
    """A group by its name, found if it exists; ``permissions`` ("app.codename") are added to it."""

    class Meta:
        model = Group
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Nhóm {n}")

    @factory.post_generation
    def permissions(self, create, extracted, **kwargs):
        if create and extracted:
            self.permissions.add(*find_permissions(*extracted))


def qa_board_group() -> Group:
    return GroupFactory(name=QA_BOARD_GROUP, permissions=QA_BOARD_PERMISSIONS)


class AgencyFactory(DjangoModelFactory):  # i18n: data
    """An agency by its code, found if it exists."""

    class Meta:
        model = Agency
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"coquan{n}")
    name = factory.LazyAttribute(lambda agency: f"Cơ quan {agency.code}")
    kind = Agency.Kind.DEPARTMENT


class AgencyStaffFactory(DjangoModelFactory):  # i18n: data
    """An agency role of an account: its agency, position, head or not, handling questions or not."""

    class Meta:
        model = AgencyStaff

    user = factory.SubFactory(StaffUserFactory)
    agency = factory.SubFactory(AgencyFactory)
    position = "Chuyên viên"


class FieldFactory(DjangoModelFactory):  # i18n: data
    """A field of questions (lĩnh vực) by its slug, found if it exists."""

    class Meta:
        django_get_or_create = ("slug",)
        model = Field

    slug = factory.Sequence(lambda n: f"linh-vuc-{n}")
    name = factory.LazyAttribute(lambda field: f"Lĩnh vực {field.slug}")


def stored_file(name: str = "van-ban.pdf", content: bytes = b"%PDF-1.4 test", title: str = ""):
    """A document in Wagtail's library (the file of a legal document or a gazette issue)."""
    return get_document_model().objects.create(title=title or name, file=ContentFile(content, name=name))


def _publish_document(document, create, extracted, **kwargs):
    from cong.legal.actions import publish_document

    if create and extracted:
        publish_document(document, acting_user=None)


class LegalDocumentFactory(DjangoModelFactory):  # i18n: data
    """A legal document; ``file`` attaches a stored file (``True``: a small PDF; ``file__label`` names it),
    ``publish`` publishes it through ``publish_document`` (its clocks and audit entry included)."""

    class Meta:
        model = LegalDocument
        skip_postgeneration_save = True

    kind = "quyet-dinh"
    number = "10/2024/QĐ-UBND"
    issuer = "Ủy ban nhân dân tỉnh Hòa Sơn"
    summary = "Ban hành Quy chế quản lý Cổng Thông tin điện tử tỉnh Hòa Sơn"
    issued_on = dt.date(2024, 3, 1)
    effective_on = dt.date(2024, 3, 15)
    full_text = "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế."
    live = False

    @factory.post_generation
    def file(self, create, extracted, label="", **kwargs):
        if create and extracted:
            stored = stored_file() if extracted is True else extracted
            DocumentFile.objects.create(document=self, file=stored, label=label)

    publish = factory.PostGeneration(_publish_document)


def _publish_consultation(consultation, create, extracted, **kwargs):
    from cong.legal.actions import publish_consultation

    if create and extracted:
        publish_consultation(consultation, acting_user=None)


class ConsultationFactory(DjangoModelFactory):  # i18n: data
    """A draft put to consultation (lấy ý kiến); ``publish`` opens it through ``publish_consultation``."""

    class Meta:
        model = Consultation
        skip_postgeneration_save = True

    title = "Dự thảo Quyết định ban hành Quy chế tiếp nhận phản ánh, kiến nghị"
    drafting_agency = "Sở Tư pháp tỉnh Hòa Sơn"
    full_text = (
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định...\nĐiều 2. Đối tượng áp dụng\nCơ quan...\n"
        "Điều 3. Thời hạn xử lý\nTrong 10 ngày làm việc."
    )
    opens_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=10))
    contact_address = "Số 1 đường Trần Phú, thành phố Hòa Sơn"
    contact_email = "stp@hoason.gov.vn"
    live = False

    publish = factory.PostGeneration(_publish_consultation)
