"""Every account has a profile: one is made with the account (from its name, else its user name), and a name
changed on Wagtail's own account screens reaches the profile, so ``people.display_name`` and the profile agree."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save

from governance.access.models import Profile


def keep_profile(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if raw:
        return
    if update_fields is not None and not {"first_name", "last_name"} & set(update_fields):
        return  # e.g. last_login on every sign-in
    name = (instance.get_full_name() or "").strip() or instance.get_username()
    if created or not Profile.objects.filter(user=instance).exclude(full_name=name).update(full_name=name):
        Profile.objects.get_or_create(user=instance, defaults={"full_name": name})


def connect() -> None:
    post_save.connect(keep_profile, sender=get_user_model(), dispatch_uid="access_keep_profile")
