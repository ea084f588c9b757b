import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.roles import group_name


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@sso.example")
    first_name = "เจ้าหน้าที่"
    password = factory.PostGenerationMethodCall("set_password", "pw")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))
        if create:
            self.save()


def unit_user(code: str, role: str, **kwargs):
    """A user in the ``role`` group of unit ``code`` (e.g. ``unit_user("กม.", "editor")``)."""
    return UserFactory(groups=[group_name(code, role)], **kwargs)


def office_user(group: str, **kwargs):
    return UserFactory(groups=[group], **kwargs)
