"""The end-to-end suite: the demo portal started as `make demo` starts it, driven through Debian's Chromium.

Run it alone with `make e2e` (or `.venv/bin/pytest -m e2e cong/e2e`). It needs /usr/bin/chromium, for the
HTML-checker journey Java and the npm packages vnu-jar and axe-core (`.ci/run` installs them); locally each
test that lacks a tool is skipped with the reason. Set CONG_E2E_PORT to choose the port (default: a free
one). To iterate on a journey against a portal already running, set CONG_E2E_BASE_URL and CONG_E2E_VAR_DIR.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cong.core.testing.browser import CHROMIUM, CHROMIUM_FLAGS
from cong.core.testing.tools import REQUIRED, skip_or_fail  # noqa: F401 - the journeys import them from here
from cong.demo import users as demo_users

from .stack import PROJECT_DIR, DemoStack, free_port

NPM_DIR = Path(os.environ.get("CONG_NPM_DIR") or Path.home() / ".cache" / "cong-npm") / "node_modules"
# The TOTP key every demo account shares (README, `cong demo`): RFC 6238's test key.
DEMO_TOTP_KEY = bytes.fromhex(demo_users.DEMO_TOTP_KEY)
DEMO_PASSWORD = demo_users.DEMO_PASSWORD


# Whatever order pytest collected them in: the article of journey 4 is scheduled first and watched after
# the other journeys (its minutes of waiting pass while they run), and the log check runs after every one.
ORDER = {
    "test_an_article_is_scheduled_and_approved_before_its_time": -1,
    "test_the_scheduled_article_goes_live_through_the_scheduler_alone": 1,
    "test_no_process_died_and_no_traceback_in_any_log": 2,
}


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: ORDER.get(item.name, 0))


def missing_browser() -> str | None:
    if not os.path.exists(CHROMIUM):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (make install-dev)"
    return None


@dataclass
class Portal:
    """The running demo portal: its address, its var/ folder (database, mail, logs) and its processes."""

    stack: DemoStack | None
    base_url: str
    var_dir: Path
    _totp_steps: dict[str, int] = field(default_factory=dict)

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    def url(self, path: str, portal: str | None = None) -> str:
        """Address of ``path`` on the provincial portal, or on the member portal ``portal``."""
        if portal:
            return f"http://{portal}.localhost:{self.port}{path}"
        return self.base_url + path

    def served_hosts(self) -> re.Pattern:
        """Every host the demo serves: the provincial address and <code>.localhost, on the served port."""
        host = re.escape(self.base_url.split("//", 1)[1].rsplit(":", 1)[0])
        return re.compile(rf"^http://({host}|localhost|[a-z0-9-]+\.localhost):{self.port}(/|$)")

    def totp(self, username: str) -> str:
        """A current code of the demo authenticator, never the same time step twice for one user (the
        server refuses a code already used)."""
        from django_otp.oath import TOTP

        totp = TOTP(DEMO_TOTP_KEY)
        step = max(totp.t(), self._totp_steps.get(username, -1) + 1)
        self._totp_steps[username] = step
        totp.time = step * totp.step + 1
        return f"{totp.token():06d}"

    def accepted_codes(self) -> set[str]:
        """The codes the server accepts right now (one time step either side, as django-otp allows)."""
        from django_otp.oath import TOTP

        totp = TOTP(DEMO_TOTP_KEY)
        now = totp.t()
        codes = set()
        for step in (now - 1, now, now + 1):
            totp.time = step * totp.step + 1
            codes.add(f"{totp.token():06d}")
        return codes

    def read(self, expression: str):
        """Evaluate ``expression`` (JSON-serialisable) in `cong shell` against the demo's database: to
        find what the journeys look at (the member portals) and what no page shows (failed tasks)."""
        script = f"import json; print(json.dumps({expression}, default=str))"
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CONG_TESTING", "REDIS_URL"}}
        env["CONG_VAR_DIR"] = str(self.var_dir)
        result = subprocess.run(
            [str(Path(sys.executable).with_name("cong")), "shell", "-v", "0", "-c", script],
            env=env, capture_output=True, text=True, check=True, timeout=120,
        )  # fmt: skip
        return json.loads(result.stdout.strip().splitlines()[-1])

    def sites(self) -> list[dict]:
        """The demo's Site records (host name, port, default or not)."""
        return self.read(
            "list(__import__('wagtail.models').models.Site.objects.values('hostname', 'port', 'is_default_site'))"
        )

    def member_portals(self) -> list[str]:
        """The root address of every member portal, on the served port."""
        return [
            self.url("/", site["hostname"].split(".")[0])
            for site in self.sites()
            if not site["is_default_site"]
        ]

    def mails(self) -> list[email.message.EmailMessage]:
        """Every message the portal has written to var/mail/ (the file-based e-mail backend)."""
        messages = []
        for path in sorted((self.var_dir / "mail").glob("*.log")):
            for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
                if raw.strip():
                    messages.append(email.message_from_bytes(raw.strip(), policy=email.policy.default))
        return messages

    def wait_for_mail(self, predicate, timeout: float = 30) -> email.message.EmailMessage:
        """The first message matching ``predicate``; mail goes out through the task worker, so wait."""
        deadline = time.monotonic() + timeout
        while True:
            for message in self.mails():
                if predicate(message):
                    return message
            if time.monotonic() > deadline:
                subjects = [m["Subject"] for m in self.mails()]
                raise AssertionError(f"no such mail within {timeout}s; mail on disk: {subjects}")
            time.sleep(0.5)


def mail_text(message) -> str:
    """Plain text and HTML parts of a message, decoded."""
    parts = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    return "\n".join(parts)


@pytest.fixture(scope="session")
def portal(tmp_path_factory):
    """The demo portal, once for the whole suite, started by `make demo` on a fresh var/ folder: web
    server, task worker and scheduler as separate processes. Its log is kept in var/e2e-logs/."""
    reason = missing_browser()
    if reason:
        skip_or_fail(reason)
    if os.environ.get("CONG_E2E_BASE_URL"):
        yield Portal(None, os.environ["CONG_E2E_BASE_URL"].rstrip("/"), Path(os.environ["CONG_E2E_VAR_DIR"]))
        return
    stack = DemoStack(
        tmp_path_factory.mktemp("var"), port=int(os.environ.get("CONG_E2E_PORT") or free_port())
    )
    try:
        stack.start()
        yield Portal(stack, stack.base_url, stack.var_dir)
    finally:
        stack.stop()
        kept = PROJECT_DIR / "var" / "e2e-logs"
        shutil.rmtree(kept, ignore_errors=True)
        if stack.log.parent.exists():
            shutil.copytree(stack.log.parent, kept)


@pytest.fixture(scope="session")
def browser(portal):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def _timeouts(context) -> None:
    """20 s for a click or a locator; 60 s for a page to load: beside the unit tests on both cores, the demo's
    two workers once took 21 s to send a stylesheet, and the journey failed on the load event alone."""
    context.set_default_timeout(20_000)
    context.set_default_navigation_timeout(60_000)


@pytest.fixture
def new_context(browser):
    """Fresh browser profiles (Vietnamese, like the portal's users), closed after the test."""
    contexts = []

    def make(**options):
        context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", **options)
        _timeouts(context)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def visitor(new_context):
    """A page in a fresh profile: an anonymous visitor."""
    return new_context().new_page()


@pytest.fixture(scope="session")
def signed_in_profiles(browser):
    """One browser profile per demo user, signed in once for the whole suite (as a person keeps working
    in the same browser); journey 1 signs in from scratch."""
    profiles = {}
    yield profiles
    for context in profiles.values():
        context.close()


@pytest.fixture
def sign_in(portal, browser, signed_in_profiles):
    """``sign_in("thuky", "/quan-tri/…")`` → a new tab of that demo user's profile, signed in to the back
    office (with the second factor when the account needs it), on the page asked for."""
    pages = []

    def sign(username: str, next_path: str = "/quan-tri/"):
        context = signed_in_profiles.get(username)
        if context is None:
            context = signed_in_profiles[username] = browser.new_context(
                locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh"
            )
            _timeouts(context)
            page = context.new_page()
            submit_login(page, portal, username, next_path)
        else:
            page = context.new_page()
            page.goto(portal.url(next_path))
        pages.append(page)
        return page

    yield sign
    for page in pages:
        page.close()


def submit_login(page, portal: Portal, username: str, next_path: str) -> None:
    """Password, then the authenticator code when asked, then the page wanted. (Journey 1 checks that the
    two-step page itself leads there; the other journeys only need to be signed in.)"""
    from urllib.parse import quote

    page.goto(portal.url(f"/quan-tri/login/?next={quote(next_path)}"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_load_state()
    if "/quan-tri/bao-mat/xac-thuc-hai-buoc/" in page.url:
        page.locator("input[name=token]").first.fill(portal.totp(username))
        page.locator("form:has(input[name=token]) button[type=submit]").first.click()
        page.wait_for_load_state()
    assert "/quan-tri/login/" not in page.url, f"{username} could not sign in"
    if not page.url.startswith(portal.url(next_path)):
        page.goto(portal.url(next_path))
