"""Frequently asked questions: one page of question/answer items grouped by topic, each with its own anchor, and
the FAQPage structured data search engines read. A benefit page shows the questions of its topic."""

import json

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.rich_text import expand_db_html

from core.models import BasePage


class FaqTopic(models.TextChoices):
    REGISTRATION = "registration", _("registering as an insured person")
    CONTRIBUTION = "contribution", _("contributions")
    SICKNESS = "sickness", _("sickness and medical care")
    MATERNITY = "maternity", _("maternity")
    INVALIDITY = "invalidity", _("invalidity")
    DEATH = "death", _("death")
    CHILD = "child", _("child allowance")
    OLD_AGE = "old_age", _("old age")
    UNEMPLOYMENT = "unemployment", _("unemployment")
    VOLUNTARY = "voluntary", _("voluntary and informal workers (sections 39 and 40)")
    EMPLOYER = "employer", _("employers")
    COMPENSATION = "compensation", _("work injury (compensation fund)")
    ONLINE = "online", _("online services")


class FaqPage(BasePage):
    content_panels = BasePage.content_panels + [InlinePanel("faq_items", label=_("Questions"))]

    # Under "other content" (taxonomy D9) or a benefits section: see docs/faq.md.
    parent_page_types = ["categories.OtherContentIndexPage", "categories.SectionPage"]
    subpage_types = []
    # Benefit pages show their related questions (``front_cache_shows``): a FAQ change purges them.
    front_cache_purges = ("faq",)

    class Meta:
        verbose_name = _("FAQ page")
        verbose_name_plural = _("FAQ pages")

    # Questions and answers are what people search for: they join the page's indexed text.
    search_text_attributes = ("faq_text",)

    @property
    def faq_text(self) -> str:
        return " ".join(f"{item.question} {strip_tags(item.answer)}" for item in self.faq_items.all())

    def topic_groups(self) -> list[tuple[str, list]]:
        """[(topic label, items)] in the order of ``FaqTopic``, empty topics left out."""
        by_topic: dict[str, list] = {}
        for item in self.faq_items.all():
            by_topic.setdefault(item.topic, []).append(item)
        return [(label, by_topic[value]) for value, label in FaqTopic.choices if value in by_topic]

    def structured_data(self) -> str:
        """schema.org FAQPage as JSON, safe inside a <script> element (``<``, ``>`` and ``&`` escaped)."""
        data = {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item.question,
                    "acceptedAnswer": {"@type": "Answer", "text": strip_tags(expand_db_html(item.answer))},
                }
                for item in self.faq_items.all()
            ],
        }
        text = json.dumps(data, ensure_ascii=False)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class FaqItem(Orderable):
    page = ParentalKey(FaqPage, on_delete=models.CASCADE, related_name="faq_items")
    topic = models.CharField(_("topic"), max_length=20, choices=FaqTopic.choices)
    question = models.CharField(_("question"), max_length=300)
    answer = RichTextField(_("answer"), features=["bold", "italic", "ol", "ul", "link", "document-link"])

    panels = [FieldPanel("topic"), FieldPanel("question"), FieldPanel("answer")]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.question

    @property
    def anchor(self) -> str:
        """The question's fragment id (``#q-12``): stable while the question exists, whatever the order."""
        return f"q-{self.pk}"


def related_questions(topic: str, limit: int = 8) -> list[FaqItem]:
    """Questions of ``topic`` on live, public FAQ pages (for a benefit page of that topic)."""
    if not topic:
        return []
    pages = FaqPage.objects.live().public()
    return list(
        FaqItem.objects.filter(topic=topic, page__in=pages)
        .select_related("page")
        .order_by("page_id", "sort_order")[:limit]
    )
