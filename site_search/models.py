"""The search index (one row per live page, its text already normalised and tokenised by ``core.search_text``),
editors' synonyms, the extracted text of documents, and weekly query counts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class SearchEntry(models.Model):
    """What the search matches for one live page. Token fields hold space-separated tokens; on PostgreSQL a
    migration adds generated tsvector columns over them (``title_vector`` … ``document_vector``, GIN-indexed),
    on SQLite an FTS5 table kept in step by triggers. ``phrase_text`` (title, summary and the start of the body
    without spaces) lets an exact phrase rank above scattered words; ``snippet_text`` is shown in results."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="search_entry")
    title = models.CharField(max_length=255)
    title_tokens = models.TextField(blank=True)
    code_tokens = models.TextField(blank=True)
    summary_tokens = models.TextField(blank=True)
    body_tokens = models.TextField(blank=True)
    attachment_tokens = models.TextField(blank=True)
    title_compact = models.TextField(blank=True)
    phrase_text = models.TextField(blank=True)
    snippet_text = models.TextField(blank=True)
    section = models.ForeignKey(Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    page_type = models.CharField(max_length=100, db_index=True)
    date = models.DateTimeField(null=True, blank=True, db_index=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")


class SearchWord(models.Model):
    """A word of the pages' titles and summaries: the vocabulary "did you mean" suggests from (a trigram index
    on PostgreSQL)."""

    word = models.CharField(max_length=100, unique=True)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")


class Synonym(models.Model):
    """Words citizens type for a term pages use: a query holding ``phrase`` also finds each alternative."""

    phrase = models.CharField(_("words people type"), max_length=100, unique=True)
    alternatives = models.TextField(
        _("words the pages use"), help_text=_("One per line. A query with the words above also finds these.")
    )

    panels = [FieldPanel("phrase"), FieldPanel("alternatives")]

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return self.phrase

    def alternative_list(self) -> list[str]:
        return [line.strip() for line in self.alternatives.splitlines() if line.strip()]


class DocumentText(models.Model):
    """Text extracted from a document file, kept so that re-indexing a page does not re-read its PDFs."""

    document = models.OneToOneField("wagtaildocs.Document", on_delete=models.CASCADE, primary_key=True)
    file_hash = models.CharField(max_length=40, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")


class QueryWeek(models.Model):
    """How often a normalised query was searched in a week, and how often it found nothing. Nothing about who
    searched is stored."""

    query = models.CharField(pgettext_lazy("search report", "query"), max_length=200)
    week = models.DateField(_("week starting"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches with no result"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "week"], name="site_search_query_week_unique")]
        indexes = [models.Index(fields=["week", "-searches"])]
        verbose_name = _("search query of a week")
        verbose_name_plural = _("search queries by week")

    def __str__(self):
        return f"{self.query} ({self.week})"
