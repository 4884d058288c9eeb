"""The demo's processes lived through every journey and none of them logged a traceback."""

import pytest

pytestmark = pytest.mark.e2e


def test_no_process_died_and_no_traceback_in_any_log(portal):
    """Runs last (see conftest). A crash anywhere — a 500 in the web server, a failing task in the worker,
    the scheduler dying on a due job — shows as a traceback in the demo's log, even when the page a
    journey looked at seemed fine."""
    if portal.stack is None:
        pytest.skip("the portal was started outside the suite (CONG_E2E_BASE_URL): its log is not ours")
    alive = portal.stack.alive()
    assert alive == {"web server": True, "task worker": True, "scheduler": True}, (
        f"a service of the demo stopped: {alive}; end of {portal.stack.log}:\n{portal.stack.log_tail()}"
    )
    # The worker logs nothing at -v 0 (as `make demo` runs it): read failed tasks and jobs from the database.
    failed_tasks = portal.read(
        "list(__import__('django_tasks_db.models').models.DBTaskResult.objects"
        ".filter(status='FAILED').values_list('task_path', 'traceback'))"
    )
    assert failed_tasks == [], "background tasks failed:\n" + "\n".join(f"{p}: {t}" for p, t in failed_tasks)
    failed_jobs = portal.read(
        "list(__import__('cong.ops.models').ops.models.JobRun.objects.filter(status='failed')"
        ".values_list('name', 'last_error'))"
    )
    assert failed_jobs == [], "scheduled jobs failed:\n" + "\n".join(f"{n}: {e}" for n, e in failed_jobs)
    tracebacks = portal.stack.tracebacks()
    assert not tracebacks, f"{len(tracebacks)} traceback(s) in {portal.stack.log}:\n\n" + "\n\n".join(
        tracebacks[:3]
    )
