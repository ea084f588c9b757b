"""Keep the index in step with publishing: a published page is indexed again, an unpublished one removed
(deleting a page deletes its entry through the foreign key)."""

from wagtail.signals import page_published, page_unpublished

from site_search.indexing import index_page, remove_page


def _published(sender, instance, **kwargs):
    index_page(instance)


def _unpublished(sender, instance, **kwargs):
    remove_page(instance)


def connect():
    page_published.connect(_published, dispatch_uid="site_search_published")
    page_unpublished.connect(_unpublished, dispatch_uid="site_search_unpublished")
