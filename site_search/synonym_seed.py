"""The seed synonyms of ``data/search_synonyms.yaml``: added when missing, never overwriting what editors changed."""

import yaml
from django.conf import settings

SEED_FILE = settings.BASE_DIR / "data" / "search_synonyms.yaml"


def seed_rows() -> list[tuple[str, list[str]]]:
    with open(SEED_FILE, encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return [(str(phrase), [str(a) for a in alternatives]) for phrase, alternatives in data.items()]


def load_seed(synonym_model) -> int:
    """Create the seed synonyms that do not exist yet; return how many were created."""
    existing = set(synonym_model.objects.values_list("phrase", flat=True))
    new = [
        synonym_model(phrase=phrase, alternatives="\n".join(alternatives))
        for phrase, alternatives in seed_rows()
        if phrase not in existing
    ]
    synonym_model.objects.bulk_create(new)
    return len(new)
