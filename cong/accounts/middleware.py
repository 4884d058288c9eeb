"""Middleware of the account policy and of the hardening that every response gets.

- ``AuditContextMiddleware``: remembers the request so that audit entries carry the client address.
- ``RateLimitMiddleware``: sign-in attempts and anonymous back-office requests per address (ST-17.4).
- ``AccountPolicyMiddleware``: idle timeout; in the back office, two-factor sign-in for administrators and
  moderators, then the forced password change (first login, expiry); only administrators manage accounts.
- ``ContentSecurityPolicyMiddleware``: django-csp with the strict public policy everywhere, the looser one
  that Wagtail's own admin screens need under /quan-tri/ only.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from cong.core.client import client_address

from .audit import record, reset_current_request, set_current_request

BACK_OFFICE_PREFIXES = ("/quan-tri/", "/django-admin/")
# Resources that admin pages load by themselves (the icon sprite, the translation catalogue) and the sign-in
# and sign-out pages: never redirected, whatever the account's state. Redirecting the sprite made the
# browser inline the two-step page inside itself and sent the user to the sprite after the code.
ALWAYS_OPEN_URL_NAMES = {
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "login",
    "logout",
}
# The second step itself: the only other pages open to an account that has passed the password step alone.
SECOND_FACTOR_URL_NAMES = {"accounts_two_factor", "accounts_two_factor_qr"}
# Open once the second factor is done, while the password must still be changed (first login, expiry).
PASSWORD_CHANGE_URL_NAMES = {"accounts_password"}


def needs_second_factor(user) -> bool:
    """Signed in with the password, but the second factor this account requires is not done yet."""
    from .policy import requires_two_factor

    return requires_two_factor(user) and not (hasattr(user, "is_verified") and user.is_verified())


def next_query(request) -> str:
    """``?next=…`` naming the page the user asked for; nothing for a form post or a script's request,
    which are not pages to come back to."""
    from .views import safe_admin_next

    wants_page = request.method == "GET" and request.headers.get("x-requested-with") != "XMLHttpRequest"
    target = safe_admin_next(request, request.get_full_path()) if wants_page else None
    return f"?{urlencode({'next': target})}" if target else ""


def is_back_office(request) -> bool:
    return request.path_info.startswith(BACK_OFFICE_PREFIXES)


class AuditContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = set_current_request(request)
        try:
            return self.get_response(request)
        finally:
            reset_current_request(token)


class RateLimitMiddleware:
    """At most CONG_LOGIN_RATE sign-in attempts and CONG_ADMIN_ANON_RATE anonymous back-office requests a
    minute from one address, counted across all worker processes (``cong.core.ratelimit``); more get 429
    with a Vietnamese page (axes locks the account separately)."""

    LOGIN_PATHS = ("/quan-tri/login/", "/django-admin/login/", "/quan-tri/bao-mat/xac-thuc-hai-buoc/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.CONG_RATE_LIMITS and is_back_office(request):
            if request.method == "POST" and request.path_info.startswith(self.LOGIN_PATHS):
                limited = self._hit(request, "login", settings.CONG_LOGIN_RATE)
            elif not request.user.is_authenticated:
                limited = self._hit(request, "admin", settings.CONG_ADMIN_ANON_RATE)
            else:
                limited = False
            if limited:
                body = render_to_string("accounts/rate_limited.html", {"request": request})
                response = HttpResponse(body, status=429)
                response["Retry-After"] = "60"
                return response
        return self.get_response(request)

    @staticmethod
    def _hit(request, bucket: str, limit: int) -> bool:
        # One count for the whole server (database or shared cache), not one per worker process.
        from cong.core import ratelimit

        return ratelimit.hit(f"admin-{bucket}", client_address(request), window=60) > limit


class AccountPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.CONG_ENFORCE_ACCOUNT_POLICY and request.user.is_authenticated:
            expired = self._idle_expired(request)
            if expired is not None:
                return expired
            if not is_back_office(request) and needs_second_factor(request.user):
                # Half signed in: the public site (private pages, documents, API) sees a visitor.
                request.user = AnonymousUser()
        return self.get_response(request)

    def _idle_expired(self, request):
        """Hết phiên: sign out an account idle longer than CONG_SESSION_IDLE_MINUTES."""
        now = int(time.time())
        last = request.session.get("cong_last_seen")
        if last is not None and now - last > settings.CONG_SESSION_IDLE_MINUTES * 60:
            user = request.user
            record(
                user, "cong.session.expired", user=user, request=request, data={"idle_seconds": now - last}
            )
            logout(request)
            messages.info(request, _("Phiên làm việc đã hết do không hoạt động. Xin đăng nhập lại."))
            if is_back_office(request):
                return redirect(
                    f"{reverse('wagtailadmin_login')}?{urlencode({'next': request.get_full_path()})}"
                )
            return None
        if last is None or now - last >= 30:  # write the session at most every 30 seconds
            request.session["cong_last_seen"] = now
        return None

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_back_office(request) or not request.user.is_authenticated:
            return None
        match = request.resolver_match
        name = match.url_name if match else ""
        guard = self._account_admin_guard(request, match)
        if guard is not None:
            return guard
        if not settings.CONG_ENFORCE_ACCOUNT_POLICY or name in ALWAYS_OPEN_URL_NAMES:
            return None
        from .policy import password_state

        user = request.user
        # ST-17.5: once required, the second factor comes before everything else — the password change
        # included, or a stolen password alone could lock the owner out.
        if needs_second_factor(user):
            if name in SECOND_FACTOR_URL_NAMES:
                return None
            return redirect(reverse("accounts_two_factor") + next_query(request))
        if name in SECOND_FACTOR_URL_NAMES | PASSWORD_CHANGE_URL_NAMES:
            return None
        state = password_state(user)
        if state.must_change:
            return redirect(reverse("accounts_password") + next_query(request))
        if state.warn and not request.session.get("cong_password_warned"):
            request.session["cong_password_warned"] = True
            messages.warning(
                request,
                _("Mật khẩu của bạn sẽ hết hạn sau %(days)s ngày (%(date)s). Xin đổi mật khẩu sớm.")
                % {"days": state.days_left, "date": f"{state.expires_at:%d/%m/%Y}"},
            )
        return None

    @staticmethod
    def _account_admin_guard(request, match):
        """LC-16.4: only administrators create, edit or (de)activate accounts, each within their scope
        (``scope.account_scope``: a member portal's administrator, only that portal's editors and
        moderators); only provincial administrators touch groups; only superusers touch Django's own
        account screens. No one deletes an account — it is deactivated instead, so that its audit trail
        stays whole."""
        if match is None:
            return None

        def refuse(message):
            return HttpResponseForbidden(
                render_to_string("accounts/forbidden.html", {"message": message}, request=request)
            )

        namespace, name = match.namespace, match.url_name
        bulk_users = name == "wagtail_bulk_action" and match.kwargs.get("model_name") == "user"
        if (namespace == "wagtailusers_users" and name == "delete") or (
            bulk_users and match.kwargs.get("action") == "delete"
        ):
            return refuse(
                _(
                    "Không xoá tài khoản. Hãy bỏ chọn «Hoạt động» để khoá tài khoản; lịch sử của tài khoản được "
                    "giữ nguyên."
                )
            )
        if namespace == "admin" and (
            (name or "").startswith("auth_") or match.kwargs.get("app_label") == "auth"
        ):
            if not request.user.is_superuser:
                return refuse(_("Chỉ quản trị hệ thống dùng màn hình tài khoản của Django."))
            return None
        users_screen = namespace == "wagtailusers_users" and name not in ("index", "index_results")
        groups_screen = namespace == "wagtailusers_groups"
        if not (users_screen or groups_screen or bulk_users):
            return None
        from .policy import is_administrator
        from .scope import ALL, NONE, PROVINCE, account_scope

        if not is_administrator(request.user):
            return refuse(_("Chỉ cán bộ cấp quản trị được tạo, sửa hoặc khoá tài khoản và nhóm quyền."))
        scope = account_scope(request.user)
        outside = _("Tài khoản này nằm ngoài phạm vi bạn quản trị.")
        if scope.level == NONE or (groups_screen and scope.level not in (ALL, PROVINCE)):
            return refuse(_("Tài khoản quản trị của bạn không được quản lý tài khoản và nhóm quyền ở đây."))
        if users_screen and "pk" in match.kwargs and not scope.includes(match.kwargs["pk"]):
            return refuse(outside)
        if bulk_users:
            if scope.level not in (ALL, PROVINCE):
                return refuse(_("Quản trị cổng thành viên sửa từng tài khoản, không thao tác hàng loạt."))
            ids = request.GET.getlist("id")
            if (
                not ids
                or not all(i.isdigit() for i in ids)
                or scope.users().filter(pk__in=ids).count() != len(set(ids))
            ):
                return refuse(outside)
            role = request.POST.get("role")
            if role and not scope.groups().filter(pk=role if role.isdigit() else None).exists():
                return refuse(_("Nhóm quyền này nằm ngoài phạm vi bạn được cấp."))
        return None


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy of settings.CONTENT_SECURITY_POLICY, except: Wagtail's admin screens (inline
    scripts and styles of Wagtail itself, behind sign-in and two-factor) and the bare 500 page's style."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if is_back_office(request):
            parts.replace = {**settings.CONG_ADMIN_CSP_DIRECTIVES, **(parts.replace or {})}
        elif response.status_code == 500:
            parts.replace = {**(parts.replace or {}), "style-src": ["'self'", "'unsafe-inline'"]}
        return parts
