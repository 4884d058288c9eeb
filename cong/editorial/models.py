"""Editorial records: the agency-head approval step and the information-provision form (phiếu)."""

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, Revision, Task, TaskState

from cong.agencies.models import AgencyStaff
from cong.core.profiles import get_profile
from cong.portal.models import ContentPage

SELF_APPROVAL_KEY = "member_portals.self_approval"


# Revision fields that Wagtail fills in itself: a change to them is not a change of the content.
BOOKKEEPING_FIELDS = {
    "pk", "id", "page_ptr", "path", "depth", "numchild", "url_path", "content_type", "owner", "locale",
    "translation_key", "live", "has_unpublished_changes", "first_published_at", "last_published_at",
    "latest_revision", "latest_revision_created_at", "live_revision", "draft_title", "locked", "locked_at",
    "locked_by", "expired", "alias_of", "wagtail_admin_comments", "comments",
}  # fmt: skip


def _content_of(revision) -> dict:
    """What a revision says, without Wagtail's bookkeeping; text compared as the browser sends it back."""

    def norm(value):
        return " ".join(value.split()) if isinstance(value, str) else value

    return {k: norm(v) for k, v in (revision.content or {}).items() if k not in BOOKKEEPING_FIELDS}


def contributors(obj) -> set[int]:
    """Who wrote ``obj`` in its current review: who submitted it and who changed its content since — so
    none of them approves any step of it (four eyes; BK-5.5, ST-10.4, LC-5.4).

    Wagtail's editor saves a revision whenever its form thinks something changed, also when a reviewer
    only opens the item and clicks «Duyệt»; such a revision, identical in content to the one before it,
    does not make the reviewer an author.
    """
    ids = set()
    state = getattr(obj, "current_workflow_state", None)
    if state is None:
        latest = obj.get_latest_revision()
        return {latest.user_id} - {None} if latest is not None else set()
    ids.add(state.requested_by_id)
    revisions = list(Revision.objects.for_instance(obj).order_by("created_at", "pk"))
    previous = None
    for revision in revisions:
        if revision.created_at < state.created_at:
            submitted_author = revision.user_id  # the last one before submission: the text under review
        elif previous is None or _content_of(revision) != _content_of(previous):
            ids.add(revision.user_id)
        previous = revision
    if revisions and revisions[0].created_at < state.created_at:
        ids.add(submitted_author)
    ids.discard(None)
    return ids


class ApprovalTaskMixin:
    """What an approval step lets its approvers do: open the item, send it back with a comment, approve.

    Each subclass says who may approve ``obj`` in its ``can_approve(obj, user)`` and which task states
    wait for ``user`` in ``_states_to_moderate(user)``. The mixin adds the rule every step shares: the
    item's author (``contributors``) neither approves nor sends back any step of it — not in the editor,
    not by a direct POST to the workflow action URL — unless the task allows self-approval
    (``self_approval_allowed``, off everywhere but where a profile allows it), and then the audit log
    records that it happened and which profile clause allowed it.
    """

    def self_approval_allowed(self) -> bool:
        return False

    def is_own(self, obj, user) -> bool:
        return user.pk in contributors(obj)

    def may_act(self, obj, user) -> bool:
        if not self.can_approve(obj, user):
            return False
        return not self.is_own(obj, user) or self.self_approval_allowed()

    def user_can_access_editor(self, obj, user):
        return self.can_approve(obj, user)

    def locked_for_user(self, obj, user):
        return not self.can_approve(obj, user)

    def get_actions(self, obj, user):
        if self.may_act(obj, user):
            return [
                ("reject", _("Trả lại để sửa"), True),
                ("approve", _("Duyệt"), False),
                ("approve", _("Duyệt kèm ý kiến"), True),
            ]
        return []

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # The item is the task state's own, not the one in the URL: Wagtail's action view takes both.
        obj = task_state.workflow_state.content_object
        if not self.may_act(obj, user):
            if self.can_approve(obj, user):
                raise PermissionDenied(_("Người viết hoặc người gửi duyệt không tự duyệt tin, bài của mình."))
            raise PermissionDenied(_("Bạn không có quyền duyệt bước này."))
        own = self.is_own(obj, user)
        super().on_action(task_state, user, action_name, **kwargs)
        if own and action_name == "approve":
            param = get_profile().param(SELF_APPROVAL_KEY)
            log(
                obj.specific if hasattr(obj, "specific") else obj,
                "cong.workflow.self_approve",
                user=user,
                data={"task": self.name, "profile_key": SELF_APPROVAL_KEY, "source": param.source},
            )

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self._states_to_moderate(user)
        if self.self_approval_allowed():
            return states
        return states.exclude(workflow_state__requested_by=user)


class AgencyHeadApprovalTask(ApprovalTaskMixin, Task):
    """Bước duyệt của thủ trưởng đơn vị gửi tin: the head of the agency the author works for approves.

    Bắc Kạn's form carries the signature of the sending agency's head before the board's secretary and
    leader (BK appendix). When the author belongs to no agency (the board's own staff), the provincial
    board leaders approve this step instead, so nothing waits for a head who does not exist.
    """

    fallback_groups = models.ManyToManyField(
        "auth.Group",
        verbose_name=_("Nhóm duyệt thay khi người viết không thuộc cơ quan nào"),
        blank=True,
    )

    admin_form_fields = Task.admin_form_fields + ["fallback_groups"]

    class Meta:
        verbose_name = _("Thủ trưởng đơn vị duyệt")
        verbose_name_plural = _("Thủ trưởng đơn vị duyệt")

    @classmethod
    def get_description(cls):
        return _("Thủ trưởng cơ quan của người viết duyệt tin trước khi chuyển Ban Biên tập.")

    def can_approve(self, obj, user) -> bool:
        if user.is_superuser:
            return True
        state = getattr(obj, "current_workflow_state", None)
        requester = state.requested_by if state else None
        author_staff = AgencyStaff.objects.filter(user=requester).first() if requester else None
        if author_staff is None:
            return self.fallback_groups.filter(id__in=user.groups.all()).exists()
        return AgencyStaff.objects.filter(user=user, agency_id=author_staff.agency_id, is_head=True).exists()

    def _states_to_moderate(self, user):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        head_of = AgencyStaff.objects.filter(user=user, is_head=True).values("agency_id")
        mine = states.filter(workflow_state__requested_by__agency_staff__agency_id__in=head_of)
        if self.fallback_groups.filter(id__in=user.groups.all()).exists():
            mine = mine | states.filter(workflow_state__requested_by__agency_staff__isnull=True)
        return mine


class Proposal(models.Model):
    """Đề xuất đăng lên Cổng tỉnh: a member portal offers one of its published items to the provincial
    portal. Once the provincial board approves, the item is listed on the provincial portal's "from
    agencies" page with a link back to the member portal — never copied (LC-12.4: directly or by link)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ Ban Biên tập xem xét")
        APPROVED = "approved", _("Đã duyệt, đăng trên Cổng tỉnh")
        REJECTED = "rejected", _("Không duyệt")

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("Tin, bài"), on_delete=models.CASCADE, related_name="proposals"
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("Cơ quan đề xuất"),
        on_delete=models.CASCADE,
        related_name="proposals",
    )
    proposed_by = models.ForeignKey(
        "auth.User", verbose_name=_("Người đề xuất"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposed_at = models.DateTimeField(_("Thời điểm đề xuất"), auto_now_add=True)
    status = models.CharField(_("Trạng thái"), max_length=16, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("Người quyết định"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("Thời điểm quyết định"), null=True, blank=True)
    comment = models.TextField(_("Ý kiến"), blank=True)

    class Meta:
        verbose_name = _("Đề xuất đăng lên Cổng tỉnh")
        verbose_name_plural = _("Đề xuất đăng lên Cổng tỉnh")
        ordering = ["-proposed_at"]
        permissions = [
            ("decide_proposal", _("Quyết định đề xuất đăng lên Cổng tỉnh (Trưởng, Phó Trưởng Ban Biên tập)"))
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["page"], condition=~models.Q(status="rejected"), name="one_open_proposal_per_page"
            )
        ]

    def __str__(self):
        return f"{self.page.title} ({self.agency})"


class AgencyNewsIndexPage(ContentPage):
    """Tin từ các cơ quan: the provincial listing of member-portal items the board approved, each linking
    back to the member portal (ND43-16: the provincial portal links and integrates member content)."""

    intro = models.TextField(_("Giới thiệu"), blank=True)

    content_panels = ContentPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage", "portal.SectionPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Tin từ các cơ quan")

    def build_search_text(self) -> str:
        return self.intro

    def get_context(self, request, *args, **kwargs):
        from cong.agencies.models import Agency
        from cong.core.pagination import paginate
        from cong.portal.models import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        approved = (
            Proposal.objects.filter(status=Proposal.Status.APPROVED, page__live=True)
            .select_related("agency", "agency__site")
            .order_by("-decided_at")
        )
        page_obj = paginate(request, approved)
        articles = ArticlePage.objects.filter(id__in=[p.page_id for p in page_obj]).in_bulk()
        context["page_obj"] = page_obj
        context["items"] = [(proposal, articles.get(proposal.page_id)) for proposal in page_obj]
        # Every member portal, also one that has proposed nothing yet: a visitor reaches each from here.
        context["member_portals"] = (
            Agency.objects.filter(site__isnull=False).select_related("site").order_by("name")
        )
        return context


class InformationSubmission(models.Model):
    """Phiếu cung cấp thông tin (BK-6.1, BK appendix): an agency without its own portal sends an item to
    the provincial portal. Submitting creates a draft article linked to the form and starts the workflow;
    the sender follows its status here."""

    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("1. Tên đơn vị"),
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    sender = models.ForeignKey(
        "auth.User", verbose_name=_("Tài khoản gửi"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sender_name = models.CharField(_("2. Tên người gửi"), max_length=255)
    title = models.CharField(_("Tiêu đề"), max_length=255)
    lead = models.TextField(_("Sapo"))
    content = models.TextField(_("Nội dung"))
    proposed_section = models.ForeignKey(
        "portal.SectionPage",
        verbose_name=_("6. Đề nghị đăng mục"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    article = models.OneToOneField(
        "portal.ArticlePage",
        verbose_name=_("Tin, bài dự thảo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    submitted_at = models.DateTimeField(_("Thời điểm gửi"), auto_now_add=True)
    refused_files = models.JSONField(_("Tệp bị từ chối"), default=list, blank=True)

    class Meta:
        verbose_name = _("Phiếu cung cấp thông tin")
        verbose_name_plural = _("Phiếu cung cấp thông tin")
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.title


class SubmissionFile(models.Model):
    """A document (4. Văn bản, tài liệu kèm theo) or photo (5. Ảnh) sent with a form."""

    class Kind(models.TextChoices):
        DOCUMENT = "document", _("Văn bản, tài liệu")
        PHOTO = "image", _("Ảnh")

    submission = models.ForeignKey(InformationSubmission, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    original_name = models.CharField(max_length=255)

    class Meta:
        verbose_name = _("Tệp kèm phiếu")

    def __str__(self):
        return self.original_name


class MemberModeratorApprovalTask(ApprovalTaskMixin, Task):
    """Bước kiểm duyệt của cổng thành viên: the moderators of the member portal an item belongs to approve
    it. One task serves every member portal, so the admin's "awaiting your review" work does not grow with
    the number of portals; who may act is read from each portal's own groups and page permissions."""

    class Meta:
        verbose_name = _("Kiểm duyệt viên cổng thành viên duyệt")
        verbose_name_plural = _("Kiểm duyệt viên cổng thành viên duyệt")

    @classmethod
    def get_description(cls):
        return _("Kiểm duyệt viên của chính cổng thành viên chứa tin, bài duyệt trước khi xuất bản.")

    def can_approve(self, obj, user) -> bool:
        if user.is_superuser:
            return True
        # The group permission itself: can_edit() would ask this task again.
        return (
            user.has_perm("agencies.moderate_content")
            and "change" in obj.permissions_for_user(user).permissions
        )

    def self_approval_allowed(self) -> bool:
        """A small member portal with one moderator may approve its own items, if the profile says so."""
        return bool(get_profile()[SELF_APPROVAL_KEY])

    def _states_to_moderate(self, user):
        from django.db.models import CharField
        from django.db.models.functions import Cast
        from wagtail.permission_policies.pages import PagePermissionPolicy

        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        if not user.has_perm("agencies.moderate_content"):
            return TaskState.objects.none()
        pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        return states.filter(
            workflow_state__object_id__in=pages.annotate(pk_text=Cast("pk", output_field=CharField())).values(
                "pk_text"
            )
        )


class BoardApprovalTask(ApprovalTaskMixin, AbstractGroupApprovalTask):
    """Bước duyệt của Ban Biên tập: the members of the step's groups approve (Wagtail's group approval),
    never the item's own author (``ApprovalTaskMixin``)."""

    class Meta:
        verbose_name = _("Ban Biên tập duyệt")
        verbose_name_plural = _("Ban Biên tập duyệt")

    @classmethod
    def get_description(cls):
        return _("Thành viên các nhóm được chọn duyệt; người viết, người gửi duyệt không tự duyệt.")

    def can_approve(self, obj, user) -> bool:
        return user.is_superuser or self._user_in_groups(user)

    def user_can_lock(self, obj, user):
        return self._user_in_groups(user)

    def _states_to_moderate(self, user):
        return AbstractGroupApprovalTask.get_task_states_user_can_moderate(self, user)
