"""The dataset screens in the admin (reached from the Datasets panel of a statistics part's edit form)."""

from django.urls import include, path
from wagtail import hooks

from sso_statistics.admin_views import admin_urls


@hooks.register("register_admin_urls")
def register_dataset_urls():
    return [path("statistics/", include((admin_urls(), "sso_statistics"), namespace="sso_statistics"))]
