from django.core.management.base import BaseCommand

from site_search.models import Synonym
from site_search.synonym_seed import load_seed


class Command(BaseCommand):
    help = "Add the seed synonyms of data/search_synonyms.yaml that are missing (editors' changes are kept)."

    def handle(self, *args, **options):
        self.stdout.write(f"Search synonyms: {load_seed(Synonym)} added")
