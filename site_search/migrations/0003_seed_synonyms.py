from django.db import migrations

from site_search.synonym_seed import load_seed


def seed(apps, schema_editor):
    load_seed(apps.get_model("site_search", "Synonym"))


class Migration(migrations.Migration):
    dependencies = [("site_search", "0002_full_text")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
