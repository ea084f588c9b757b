"""Keep the index in step with publishing: a published page is indexed again, an unpublished one removed
(deleting a page deletes its entry through the foreign key). Saved or deleted synonyms clear their cache."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from site_search.indexing import index_page, remove_page
from site_search.models import Synonym
from site_search.query import forget_synonyms


def _published(sender, instance, **kwargs):
    index_page(instance)


def _unpublished(sender, instance, **kwargs):
    remove_page(instance)


def _synonyms_changed(sender, **kwargs):
    forget_synonyms()


def connect():
    post_save.connect(_synonyms_changed, sender=Synonym, dispatch_uid="site_search_synonym_saved")
    post_delete.connect(_synonyms_changed, sender=Synonym, dispatch_uid="site_search_synonym_deleted")
    page_published.connect(_published, dispatch_uid="site_search_published")
    page_unpublished.connect(_unpublished, dispatch_uid="site_search_unpublished")
