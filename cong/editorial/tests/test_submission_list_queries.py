"""The phiếu queue (/quan-tri/phieu/) runs as many queries for 300 forms as for 10: each form's status
(received, in review at which step, sent back with the reason, published with its address) comes from
data loaded once for the whole list, not from a fetch of its article per row."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, Revision, Task, TaskState, Workflow, WorkflowState

from cong.editorial.models import InformationSubmission
from cong.portal.models import ArticlePage

pytestmark = pytest.mark.django_db

# Queries of the queue page whatever the number of forms: session, user, permissions and admin chrome,
# the forms, their articles, the workflow states, the reasons for sending back, the site root paths.
QUEUE_QUERY_BOUND = 30
# One form in ten of each status with an article, six in ten only received: a page costs ~30 ms to build.
STATES = ("published", "in_review", "sent_back", "cancelled") + ("received",) * 6


def build_forms(newsroom, section, count: int) -> None:
    """``count`` forms cycling through every status. Articles are real pages (``add_child``: the page tree
    cannot be bulk-created), about 30 ms each, so only four forms in ten have one; their revisions,
    workflow states, task states and the forms themselves are bulk-created, because taking each through
    the real workflow would take minutes."""
    sender = newsroom.user("editor_a")
    agency = newsroom.agency_a
    workflow, task = Workflow.objects.first(), Task.objects.first()
    page_type = ContentType.objects.get_for_model(Page)
    article_type = ContentType.objects.get_for_model(ArticlePage)
    start = InformationSubmission.objects.count()
    articles = []
    for i in range(start, start + count):
        state = STATES[i % len(STATES)]
        article = None
        if state != "received":
            article = section.add_child(
                instance=ArticlePage(
                    title=f"Tin {i}", slug=f"tin-{i}", lead="Sapo.", live=state == "published", owner=sender
                )
            )
        articles.append((state, article))
    pending = [(state, article) for state, article in articles if state not in ("received", "published")]
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=article_type,
            base_content_type=page_type,
            object_id=str(article.pk),
            content={},
            object_str=article.title,
            created_at=timezone.now(),
        )
        for _state, article in pending
    )
    workflow_states = WorkflowState.objects.bulk_create(
        WorkflowState(
            content_type=article_type,
            base_content_type=page_type,
            object_id=str(article.pk),
            workflow=workflow,
            status={
                "in_review": WorkflowState.STATUS_IN_PROGRESS,
                "sent_back": WorkflowState.STATUS_NEEDS_CHANGES,
                "cancelled": WorkflowState.STATUS_CANCELLED,
            }[state],
            requested_by=sender,
        )
        for state, article in pending
    )
    task_type = ContentType.objects.get_for_model(TaskState)
    task_states = TaskState.objects.bulk_create(
        TaskState(
            workflow_state=workflow_state,
            revision=revision,
            task=task,
            content_type=task_type,
            status=TaskState.STATUS_REJECTED if state == "sent_back" else TaskState.STATUS_IN_PROGRESS,
            comment=f"Thiếu ảnh {article.pk}" if state == "sent_back" else "",
        )
        for (state, article), workflow_state, revision in zip(
            pending, workflow_states, revisions, strict=True
        )
    )
    for workflow_state, task_state in zip(workflow_states, task_states, strict=True):
        workflow_state.current_task_state = task_state
    WorkflowState.objects.bulk_update(workflow_states, ["current_task_state"])
    InformationSubmission.objects.bulk_create(
        InformationSubmission(
            agency=agency,
            sender=sender,
            sender_name="Nguyễn Thị Hoa",
            title=f"Phiếu {i}",
            lead="Sapo.",
            content="Nội dung.",
            proposed_section=section,
            article=article,
        )
        for i, (_state, article) in enumerate(articles)
    )


def queue_queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/quan-tri/phieu/")
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_queue_queries_do_not_grow_with_forms(newsroom, client):
    section = newsroom.portal.section("Tin từ các sở, ngành", slug="tin-tu-so-nganh")
    client.force_login(newsroom.user("secretary"))
    build_forms(newsroom, section, 10)
    queue_queries(client)  # fills the per-process caches (content types, site root paths)
    at_10, page = queue_queries(client)
    for label in (
        "Đã đăng",
        "Đang duyệt",
        "Bị trả lại để sửa",
        "Thiếu ảnh",
        "chờ gửi duyệt lại",
        "Đã tiếp nhận",
    ):
        assert label in page, label
    build_forms(newsroom, section, 290)
    at_300, page = queue_queries(client)
    assert len(set(re.findall(r'/quan-tri/phieu/(\d+)/"', page))) == 200  # the 200 newest forms
    print(f"phiếu queue queries: {at_10} at 10 forms, {at_300} at 300")
    assert at_300 == at_10, (at_10, at_300)
    assert at_10 <= QUEUE_QUERY_BOUND, at_10
