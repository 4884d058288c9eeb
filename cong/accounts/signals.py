"""Audit entries for logins and for every change of an account or a permission, whatever path made it
(Wagtail's user screens, ``createsuperuser``, a shell, another app) — LC-16.4, ST-17.5, BK-8.2.a."""

from __future__ import annotations

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Site

from .audit import current_request, record
from .policy import note_password_saved

User = get_user_model()


def _actor(instance=None):
    actor = getattr(instance, "_changed_by", None) if instance is not None else None
    if actor is not None:
        return actor
    request = current_request()
    user = getattr(request, "user", None) if request is not None else None
    return user if user is not None and user.is_authenticated else None


@receiver(pre_save, sender=User, dispatch_uid="cong.accounts.user_before_save")
def _remember_previous(sender, instance, raw=False, update_fields=None, **kwargs):
    instance._previous = None
    if raw or instance.pk is None or (update_fields is not None and set(update_fields) == {"last_login"}):
        return
    instance._previous = (
        sender.objects.filter(pk=instance.pk).values("password", "is_active", "is_superuser").first()
    )


@receiver(post_save, sender=User, dispatch_uid="cong.accounts.user_saved")
def _user_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    request = getattr(instance, "_audit_request", None)
    if created:
        record(instance, "cong.account.created", user=_actor(instance), request=request,
               data={"superuser": instance.is_superuser, "active": instance.is_active})  # fmt: skip
        note_password_saved(instance, created=True)
        return
    previous = getattr(instance, "_previous", None)
    if not previous:
        return
    if previous["is_active"] != instance.is_active:
        action = "cong.account.activated" if instance.is_active else "cong.account.deactivated"
        record(instance, action, user=_actor(instance), request=request)
    if previous["is_superuser"] != instance.is_superuser:
        action = (
            "cong.account.superuser_granted" if instance.is_superuser else "cong.account.superuser_revoked"
        )
        record(instance, action, user=_actor(instance), request=request)
    if previous["password"] != instance.password:
        note_password_saved(instance, created=False)
    instance._previous = None


def _names(model, pks) -> list[str]:
    return sorted(str(obj) for obj in model.objects.filter(pk__in=pks or ()))


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="cong.accounts.user_groups")
def _user_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    change = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
    if reverse:  # group.user_set.add(user…)
        for user in User.objects.filter(pk__in=pk_set or ()):
            record(user, "cong.account.groups_changed", user=_actor(), data={change: [str(instance)]})
    else:
        record(instance, "cong.account.groups_changed", user=_actor(), data={change: _names(model, pk_set)})


PERMISSION_CHANGES = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}


def _permissions_changed(entry: str, instance, action, reverse, model, pk_set) -> None:
    """One audit entry for permissions added to, removed from or cleared on a user or a group."""
    if action in PERMISSION_CHANGES and not reverse:
        data = {PERMISSION_CHANGES[action]: _names(model, pk_set)}
        record(instance, entry, user=_actor(), data=data)


@receiver(m2m_changed, sender=User.user_permissions.through, dispatch_uid="cong.accounts.user_perms")
def _user_permissions_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    _permissions_changed("cong.account.permissions_changed", instance, action, reverse, model, pk_set)


@receiver(m2m_changed, sender=Group.permissions.through, dispatch_uid="cong.accounts.group_perms")
def _group_permissions_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    _permissions_changed("cong.group.permissions_changed", instance, action, reverse, model, pk_set)


@receiver(post_save, sender=Group, dispatch_uid="cong.accounts.group_saved")
def _group_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        record(instance, "cong.group.created", user=_actor())


@receiver(post_delete, sender=Group, dispatch_uid="cong.accounts.group_deleted")
def _group_deleted(sender, instance, **kwargs):
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:  # the group itself is gone; the entry hangs on the site
        record(site, "cong.group.deleted", user=_actor(), data={"group": str(instance)})


def _object_permission_changed(sender, instance, raw=False, **kwargs):
    if raw or not Group.objects.filter(pk=instance.group_id).exists():
        return
    target = getattr(instance, "page", None) or getattr(instance, "collection", None)
    record(instance.group, "cong.group.permissions_changed", user=_actor(),
           data={"object": str(target), "permission": str(instance.permission)})  # fmt: skip


for _model in (GroupPagePermission, GroupCollectionPermission):
    post_save.connect(
        _object_permission_changed, sender=_model, dispatch_uid=f"cong.accounts.saved.{_model.__name__}"
    )
    post_delete.connect(
        _object_permission_changed, sender=_model, dispatch_uid=f"cong.accounts.del.{_model.__name__}"
    )


@receiver(user_logged_in, dispatch_uid="cong.accounts.logged_in")
def _logged_in(sender, request, user, **kwargs):
    method = "oidc" if "oidc" in (getattr(user, "backend", "") or "").lower() else "password"
    record(user, "cong.login.success", user=user, request=request, data={"method": method})


@receiver(user_logged_out, dispatch_uid="cong.accounts.logged_out")
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(user, "cong.logout", user=user, request=request)


@receiver(user_login_failed, dispatch_uid="cong.accounts.login_failed")
def _login_failed(sender, credentials, request=None, **kwargs):
    username = (credentials or {}).get("username", "") or ""
    target = User.objects.filter(username=username).first() if username else None
    if target is None:  # an unknown name: the entry hangs on the site, naming what was tried
        target = Site.objects.filter(is_default_site=True).first()
    if target is not None:
        locked = bool(getattr(request, "axes_locked_out", False)) if request is not None else False
        record(target, "cong.login.failure", user=None, request=request,
               data={"username": username[:150], "locked_out": locked})  # fmt: skip


@receiver(user_locked_out, dispatch_uid="cong.accounts.locked_out")
def _locked_out(sender, request, username, ip_address, **kwargs):
    target = User.objects.filter(username=username).first() if username else None
    if target is not None:
        record(target, "cong.account.locked", user=None, request=request, data={"ip": ip_address or ""})
