"""Request guards of the core kernel."""

from __future__ import annotations

from django.http import HttpResponseBadRequest, HttpResponsePermanentRedirect
from django.utils.translation import gettext_lazy as _

NUL = "\x00"
NUL_MESSAGE = _(
    "Yêu cầu không hợp lệ: địa chỉ, tham số hoặc cookie chứa ký tự rỗng (NUL, %00). "
    "Hãy kiểm tra lại đường dẫn rồi thử lại."
)


class RefuseNulMiddleware:
    """Answer 400 when the path, a query value or a cookie holds a NUL character.

    PostgreSQL refuses NUL in any text, so a ``%00`` reaching a filter, the redirect lookup or the session
    table would be a 500 on every view that uses the value; forms already refuse NUL field by field
    (Django's ProhibitNullCharactersValidator).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or _has_nul(request.GET.lists()) or _has_nul(request.COOKIES.items()):
            return HttpResponseBadRequest(NUL_MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def _has_nul(pairs) -> bool:
    for key, values in pairs:
        if NUL in key or any(NUL in value for value in ([values] if isinstance(values, str) else values)):
            return True
    return False


class DomainAliasMiddleware:
    """Send a request for one of the profile's alias host names (``site.domain.aliases``, tên miền phụ) to
    the same path on the primary domain (``site.domain.primary``) with a permanent redirect (301), over
    HTTPS when the profile requires it (``site.https_required``).

    First in the chain: it reads the raw Host header before Django validates it against ALLOWED_HOSTS, so
    an alias needs no entry there (it is answered only with this redirect) and a stray host still gets 400.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from cong.core.profiles import get_profile

        profile = get_profile()
        primary = profile["site.domain.primary"]
        host = request.META.get("HTTP_HOST", "").rsplit(":", 1)[0].rstrip(".").lower()
        if primary and host and host in {alias.lower() for alias in profile["site.domain.aliases"]}:
            scheme = "https" if profile["site.https_required"] else request.scheme
            return HttpResponsePermanentRedirect(f"{scheme}://{primary}{request.get_full_path()}")
        return self.get_response(request)


class AdminLanguageMiddleware:
    """The admin speaks Vietnamese whatever language the browser asks for (issue 16): many officials' browsers
    and Windows are in English, and the public portal's ``LANGUAGES`` include English, so Django's
    LocaleMiddleware would give them Wagtail in English. Under the admin's prefix (/quan-tri/) the site's
    language (``LANGUAGE_CODE``, vi) is activated instead; a user who chose another language in their
    Wagtail account settings still gets it (Wagtail applies that choice inside its views)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix: str | None = None

    def __call__(self, request):
        from django.conf import settings
        from django.urls import reverse
        from django.utils import translation

        if self.prefix is None:
            self.prefix = reverse("wagtailadmin_home")
        if request.path_info.startswith(self.prefix):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
