from django.core.management.base import BaseCommand

from site_search.indexing import rebuild


class Command(BaseCommand):
    help = "Index every live, public page again (title, codes, summary, body, linked PDFs) and drop stale entries."

    def handle(self, *args, **options):
        self.stdout.write(f"Search index: {rebuild()} pages indexed")
