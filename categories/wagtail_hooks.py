"""Admin screens of the categories app: the hospital list and its import."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from categories.hospital_admin import HospitalViewSet, hospital_import_view

register_snippet(HospitalViewSet)


@hooks.register("register_admin_urls")
def hospital_import_urls():
    return [path("hospitals/import/", hospital_import_view, name="hospital_import")]
