"""Optional single sign-on (đăng nhập một lần) for staff through OpenID Connect (mozilla-django-oidc).

On when OIDC_RP_CLIENT_ID is set (see docs/features/accounts-and-security.md). Only existing, active
accounts whose e-mail matches the provider's verified e-mail may sign in; accounts are never created from
the provider unless OIDC_CREATE_USER=1, so that an administrator still decides who is staff (LC-16.4).
Two-factor sign-in still applies to administrators and moderators after SSO.
"""

from django.conf import settings
from mozilla_django_oidc.auth import OIDCAuthenticationBackend


class StaffOIDCBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims):
        verified = super().verify_claims(claims)
        if getattr(settings, "OIDC_REQUIRE_VERIFIED_EMAIL", True) and claims.get("email_verified") is False:
            return False
        return verified

    def filter_users_by_claims(self, claims):
        email = claims.get("email")
        if not email:
            return self.UserModel.objects.none()
        return self.UserModel.objects.filter(email__iexact=email, is_active=True)

    def create_user(self, claims):
        user = super().create_user(claims)
        user.set_unusable_password()  # the password lives at the provider
        user.save(update_fields=["password"])
        return user
