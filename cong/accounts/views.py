"""Back-office screens of the account policy (under /quan-tri/bao-mat/) and the public privacy notice."""

from __future__ import annotations

import csv
import json
from urllib.parse import urlsplit

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry, PageLogEntry

from cong.core.profiles import get_profile

from .actions import (
    change_password,
    confirm_two_factor_device,
    require_password_change,
    reset_two_factor,
    set_account_active,
    set_two_factor_opt_in,
    unlock_account,
)
from .audit import ACTIONS, record
from .policy import is_administrator, password_state, security_of
from .purge import erase_subject, export_subject, registrations

User = get_user_model()


def safe_admin_next(request, target: str) -> str | None:
    """``target`` when it is a back-office page of this site to come back to after a sign-in step; None
    for another site, a path outside the admin, and the resources and steps that are not pages (the icon
    sprite, the translation catalogue, the two-step page itself, sign-out)."""
    from django.urls import Resolver404, resolve

    from .middleware import ALWAYS_OPEN_URL_NAMES, BACK_OFFICE_PREFIXES, SECOND_FACTOR_URL_NAMES

    if not target or not url_has_allowed_host_and_scheme(
        target, {request.get_host()}, require_https=request.is_secure()
    ):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith(BACK_OFFICE_PREFIXES):
        return None
    try:
        name = resolve(parts.path).url_name
    except Resolver404:
        return None
    if name in ALWAYS_OPEN_URL_NAMES | SECOND_FACTOR_URL_NAMES:
        return None
    return target


def _requested_next(request) -> str:
    """The page asked for, kept through the form (also when a code is mistyped); "" when not acceptable."""
    return safe_admin_next(request, request.POST.get("next") or request.GET.get("next") or "") or ""


def _next_url(request, default="wagtailadmin_home"):
    return _requested_next(request) or redirect(default).url


class AdministratorRequired:
    """Only the administer level (LC-16.4)."""

    def dispatch(self, request, *args, **kwargs):
        if not is_administrator(request.user):
            message = _("Chỉ cán bộ cấp quản trị được dùng chức năng này.")
            return render(request, "accounts/forbidden.html", {"message": message}, status=403)
        return super().dispatch(request, *args, **kwargs)


class DataControllerRequired:
    """Only the provincial data controller's role (kiểm soát dữ liệu cá nhân, TT25-7)."""

    def dispatch(self, request, *args, **kwargs):
        from .scope import is_data_controller

        if not is_data_controller(request.user):
            message = _(
                "Chỉ cán bộ kiểm soát dữ liệu cá nhân của tỉnh được tra cứu, trích xuất, xoá dữ liệu cá nhân."
            )
            return render(request, "accounts/forbidden.html", {"message": message}, status=403)
        return super().dispatch(request, *args, **kwargs)


# --- Two-factor sign-in -----------------------------------------------------------------------------


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Mã xác thực 6 chữ số"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "autofocus": True}
        ),
        help_text=gettext_lazy(
            "Mở ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, FreeOTP…) và nhập mã đang hiển thị."
        ),
    )

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not token.isdigit():
            raise forms.ValidationError(_("Mã xác thực chỉ gồm chữ số."))
        return token


class TwoFactorView(WagtailAdminTemplateMixin, View):
    """Xác thực hai bước: set up an authenticator (first time) or enter its code after signing in."""

    template_name = "accounts/admin/two_factor.html"
    page_title = gettext_lazy("Xác thực hai bước")
    header_icon = "key"

    def _device(self, user):
        confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if confirmed:
            return confirmed, False
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=_("Ứng dụng xác thực"), confirmed=False)
        return device, True

    def get(self, request):
        device, setting_up = self._device(request.user)
        return self._render(request, TokenForm(), device, setting_up)

    def post(self, request):
        device, setting_up = self._device(request.user)
        form = TokenForm(request.POST)
        if form.is_valid() and device.verify_token(form.cleaned_data["token"]):
            if setting_up:
                confirm_two_factor_device(device, acting_user=request.user, request=request)
            otp_login(request, device)
            record(request.user, "cong.account.two_factor_verified", request=request)
            return redirect(_next_url(request))
        if form.is_valid():
            record(request.user, "cong.account.two_factor_failed", request=request)
            form.add_error("token", _("Mã xác thực không đúng hoặc đã hết hạn. Xin nhập mã mới nhất."))
        return self._render(request, form, device, setting_up, status=400)

    def _render(self, request, form, device, setting_up, status=200):
        context = self.get_context_data(
            form=form,
            setting_up=setting_up,
            secret=device.config_url.split("secret=")[1].split("&")[0] if setting_up else "",
            next=_requested_next(request),
        )
        return render(request, self.template_name, context, status=status)


class TwoFactorQRView(View):
    """The QR code of the authenticator being set up, as SVG (an image of this site: CSP img-src 'self')."""

    def get(self, request):
        device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
        if device is None:
            raise Http404
        image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
        response = HttpResponse(image.to_string(), content_type="image/svg+xml")
        response["Cache-Control"] = "no-store"
        return response


# --- Password -----------------------------------------------------------------------------------------


class VietnamesePasswordChangeForm(PasswordChangeForm):
    error_messages = {
        **PasswordChangeForm.error_messages,
        "password_incorrect": gettext_lazy("Mật khẩu hiện tại không đúng."),
        "password_mismatch": gettext_lazy("Hai lần nhập mật khẩu mới không khớp."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = _("Mật khẩu hiện tại")
        self.fields["new_password1"].label = _("Mật khẩu mới")
        self.fields["new_password2"].label = _("Nhập lại mật khẩu mới")


class PasswordView(WagtailAdminTemplateMixin, View):
    """Đổi mật khẩu: at first login, after expiry (LC-16.3) or whenever the owner wants."""

    template_name = "accounts/admin/password.html"
    page_title = gettext_lazy("Đổi mật khẩu")
    header_icon = "password"

    def get(self, request):
        return self._render(request, VietnamesePasswordChangeForm(request.user))

    def post(self, request):
        form = VietnamesePasswordChangeForm(request.user, request.POST)
        if form.is_valid():
            change_password(
                request.user, form.cleaned_data["new_password1"], acting_user=request.user, request=request
            )
            update_session_auth_hash(request, request.user)
            request.session.pop("cong_password_warned", None)
            messages.success(request, _("Đã đổi mật khẩu."))
            return redirect(_next_url(request))
        return self._render(request, form, status=400)

    def _render(self, request, form, status=200):
        state = password_state(request.user)
        context = self.get_context_data(
            form=form,
            state=state,
            max_age=get_profile()["security.password_max_age"],
            next=_requested_next(request),
        )
        return render(request, self.template_name, context, status=status)


# --- Audit log -----------------------------------------------------------------------------------------


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label=gettext_lazy("Hành động"), required=False)
    user = forms.CharField(label=gettext_lazy("Người thực hiện (tên đăng nhập)"), required=False)
    q = forms.CharField(label=gettext_lazy("Đối tượng, địa chỉ IP hoặc nội dung"), required=False)
    date_from = forms.DateField(
        label=gettext_lazy("Từ ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", _("Tất cả"))] + [
            (action, str(label)) for action, label in log_registry.get_choices()
        ]


AUDIT_COLUMNS = (
    "timestamp",
    "action",
    "label",
    "user__username",
    "data",
    "content_type__model",
    "object_ref",
)


def audit_entries(params, scope=None):
    """Model and page log entries, newest first, filtered by the form's values (a values() union) and,
    given an administrator's ``scope``, to the entries of that scope (a member portal's own)."""
    from django.db.models import CharField
    from django.db.models.functions import Cast

    def narrow(qs):
        if params.get("action"):
            qs = qs.filter(action=params["action"])
        if params.get("user"):
            qs = qs.filter(user__username=params["user"])
        if params.get("q"):
            qs = qs.filter(Q(label__icontains=params["q"]) | Q(data__icontains=params["q"]))
        if params.get("date_from"):
            qs = qs.filter(timestamp__date__gte=params["date_from"])
        if params.get("date_to"):
            qs = qs.filter(timestamp__date__lte=params["date_to"])
        return qs

    models = ModelLogEntry.objects.order_by().annotate(object_ref=Cast("object_id", CharField()))
    pages = PageLogEntry.objects.order_by().annotate(object_ref=Cast("page_id", CharField()))
    if scope is not None:
        models, pages = scope.model_entries(models), scope.page_entries(pages)
    return (
        narrow(models).values(*AUDIT_COLUMNS).union(narrow(pages).values(*AUDIT_COLUMNS), all=True)
    ).order_by("-timestamp")


def _params(request):
    form = AuditFilterForm(request.GET or None)
    params = form.cleaned_data if form.is_valid() else {}
    return form, params


def _action_label(action):
    return ACTIONS.get(action) or (
        str(log_registry.get_action_label(action)) if log_registry.action_exists(action) else action
    )


class AdministratorScreen(AdministratorRequired, WagtailAdminTemplateMixin, TemplateView):
    """A screen of the administer level, showing only the accounts within the administrator's scope."""

    @property
    def scope(self):
        from .scope import account_scope

        return account_scope(self.request.user)


class AuditLogView(AdministratorScreen):
    """Nhật ký kiểm tra: every login and staff action, searchable; read-only for everyone."""

    template_name = "accounts/admin/audit_log.html"
    page_title = gettext_lazy("Nhật ký kiểm tra")
    header_icon = "history"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, params = _params(self.request)
        page = Paginator(audit_entries(params, self.scope), 50).get_page(self.request.GET.get("p"))
        for row in page.object_list:
            row["action_label"] = _action_label(row["action"])
            data = row["data"] if isinstance(row["data"], dict) else json.loads(row["data"] or "{}")
            row["ip"] = data.get("ip", "")
            row["details"] = {k: v for k, v in data.items() if k not in ("ip", "user_agent")}
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(form=form, page=page, query=query.urlencode())
        return context


class Echo:
    def write(self, value):
        return value


class AuditExportView(AdministratorRequired, View):
    """The filtered audit log as CSV (UTF-8 with BOM so that Excel shows Vietnamese)."""

    def get(self, request):
        from .scope import account_scope

        _form, params = _params(request)
        scope = account_scope(request.user)
        record(request.user, "cong.audit.export", request=request,
               data={k: str(v) for k, v in params.items() if v})  # fmt: skip
        writer = csv.writer(Echo())

        def rows():
            yield "\ufeff"
            yield writer.writerow([_("Thời điểm"), _("Hành động"), _("Mã hành động"), _("Đối tượng"), _("Loại"), _("Mã"),
                                   _("Người thực hiện"), _("Địa chỉ IP"), _("Chi tiết")])  # fmt: skip
            for row in audit_entries(params, scope).iterator():
                data = row["data"] if isinstance(row["data"], dict) else json.loads(row["data"] or "{}")
                details = {k: v for k, v in data.items() if k not in ("ip",)}
                yield writer.writerow([
                    timezone.localtime(row["timestamp"]).isoformat(timespec="seconds"),
                    _action_label(row["action"]), row["action"], row["label"], row["content_type__model"],
                    row["object_ref"], row["user__username"] or "", data.get("ip", ""),
                    json.dumps(details, ensure_ascii=False) if details else "",
                ])  # fmt: skip

        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="nhat-ky-{timezone.localdate():%Y%m%d}.csv"'
        return response


# --- Accounts: locks, two-factor reset, activation -----------------------------------------------------


OUTSIDE_SCOPE = gettext_lazy("Tài khoản này nằm ngoài phạm vi bạn quản trị.")


class AccountsSecurityView(AdministratorScreen):
    """An tài khoản: locked sign-ins with their unlock button, and the state of every staff account."""

    template_name = "accounts/admin/accounts.html"
    page_title = gettext_lazy("An toàn tài khoản")
    header_icon = "user"

    def get_context_data(self, **kwargs):
        from axes.models import AccessAttempt
        from django.conf import settings

        context = super().get_context_data(**kwargs)
        from .scope import PORTAL

        scope = self.scope
        locks = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT).order_by(
            "-attempt_time"
        )
        if scope.level == PORTAL:
            locks = locks.filter(username__in=scope.users().values("username"))
        staff = (
            scope.users().filter(Q(is_staff=True) | Q(is_superuser=True) | Q(groups__isnull=False)).distinct()
        )
        staff = staff.select_related("security").order_by("username")
        confirmed = set(TOTPDevice.objects.filter(confirmed=True).values_list("user_id", flat=True))
        accounts = [
            {"user": user, "state": password_state(user), "two_factor": user.pk in confirmed}
            for user in staff
        ]
        context.update(locks=locks, accounts=accounts, failure_limit=settings.AXES_FAILURE_LIMIT)
        return context

    def post(self, request):
        from .scope import PORTAL, account_scope

        scope = account_scope(request.user)
        action = request.POST.get("action")
        if action == "unlock":
            username = request.POST.get("username", "")
            # A member portal's administrator unlocks only their own portal's accounts.
            if scope.level == PORTAL and not scope.users().filter(username=username).exists():
                return render(request, "accounts/forbidden.html", {"message": OUTSIDE_SCOPE}, status=403)
            unlock_account(username, acting_user=request.user, request=request)
            messages.success(request, _("Đã mở khoá đăng nhập cho «%(username)s».") % {"username": username})
            return redirect("accounts_security")
        if not str(request.POST.get("user", "")).isdigit():
            raise Http404
        user = get_object_or_404(User, pk=request.POST.get("user"))
        if not scope.includes(user.pk):
            return render(request, "accounts/forbidden.html", {"message": OUTSIDE_SCOPE}, status=403)
        if action == "reset_two_factor":
            reset_two_factor(user, acting_user=request.user, request=request)
            messages.success(
                request, _("Đã đặt lại xác thực hai bước của «%(username)s».") % {"username": user.username}
            )
        elif action == "force_password_change":
            require_password_change(user, acting_user=request.user, request=request)
            messages.success(
                request,
                _("«%(username)s» phải đổi mật khẩu ở lần đăng nhập tới.") % {"username": user.username},
            )
        elif action in ("deactivate", "activate"):
            if user.pk == request.user.pk:
                messages.error(request, _("Không tự khoá tài khoản của chính mình."))
            else:
                set_account_active(user, action == "activate", acting_user=request.user, request=request)
                done = (
                    _("Đã mở tài khoản «%(username)s».")
                    if action == "activate"
                    else _("Đã khoá tài khoản «%(username)s».")
                )
                messages.success(request, done % {"username": user.username})
        return redirect("accounts_security")


class MySecurityView(WagtailAdminTemplateMixin, View):
    """Bảo mật của tôi: password age and the opt-in to two-factor sign-in for staff who need not use it."""

    template_name = "accounts/admin/my_security.html"
    page_title = gettext_lazy("Bảo mật tài khoản của tôi")
    header_icon = "lock"

    def get(self, request):
        from .policy import requires_two_factor

        security = security_of(request.user)
        context = self.get_context_data(
            security=security,
            state=password_state(request.user),
            two_factor_required=requires_two_factor(request.user) and not security.two_factor_opt_in,
            devices=list(devices_for_user(request.user)),
        )
        return render(request, self.template_name, context)

    def post(self, request):
        opt_in = request.POST.get("two_factor_opt_in") == "on"
        set_two_factor_opt_in(request.user, opt_in, acting_user=request.user, request=request)
        messages.success(request, _("Đã lưu lựa chọn xác thực hai bước."))
        return redirect("accounts_two_factor" if opt_in else "accounts_mine")


# --- Personal data (TT25-7) ------------------------------------------------------------------------------


class SubjectForm(forms.Form):
    subject = forms.CharField(
        label=gettext_lazy("Thư điện tử hoặc số điện thoại của người yêu cầu"), max_length=255,
        help_text=gettext_lazy("Nhập đúng như người đó đã khai trên Cổng."),
    )  # fmt: skip
    confirm = forms.BooleanField(
        label=gettext_lazy("Tôi đã xác minh người yêu cầu và đồng ý xoá vĩnh viễn dữ liệu của họ"),
        required=False,
    )

    def clean_subject(self):
        return self.cleaned_data["subject"].strip()


class PersonalDataView(DataControllerRequired, WagtailAdminTemplateMixin, View):
    """Dữ liệu cá nhân: export or erase one person's data on request; every request audited."""

    template_name = "accounts/admin/personal_data.html"
    page_title = gettext_lazy("Dữ liệu cá nhân theo yêu cầu")
    header_icon = "user"

    def get(self, request):
        return self._render(request, SubjectForm())

    def post(self, request):
        form = SubjectForm(request.POST)
        if not form.is_valid():
            return self._render(request, form, status=400)
        subject = form.cleaned_data["subject"]
        if request.POST.get("action") == "erase":
            if not form.cleaned_data["confirm"]:
                form.add_error("confirm", _("Xin xác nhận trước khi xoá dữ liệu."))
                return self._render(request, form, status=400)
            done = erase_subject(subject, acting_user=request.user, request=request)
            total = sum(done.counts.values())
            messages.success(
                request,
                _("Đã xoá %(total)s bản ghi dữ liệu cá nhân của «%(subject)s».")
                % {"total": total, "subject": subject},
            )
            return redirect("accounts_personal_data")
        done, data = export_subject(subject, acting_user=request.user, request=request)
        body = json.dumps({"subject": subject, "exported_at": done.handled_at.isoformat(), "data": data},
                          ensure_ascii=False, indent=2, default=str)  # fmt: skip
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="du-lieu-ca-nhan-{done.pk}.json"'
        return response

    def _render(self, request, form, status=200):
        from .models import PersonalDataRequest

        context = self.get_context_data(
            form=form,
            sources=registrations(),
            recent=PersonalDataRequest.objects.select_related("handled_by")[:20],
        )
        return render(request, self.template_name, context, status=status)


# --- Public privacy notice (TT25-5, TT25-10) ---------------------------------------------------------------


def privacy_notice(request):
    """Chính sách bảo vệ dữ liệu cá nhân: what is collected, why, for how long, and the person's rights."""
    profile = get_profile()
    return render(
        request,
        "accounts/privacy_notice.html",
        {"sources": registrations(), "basis": profile["privacy.basis"], "profile": profile},
    )
