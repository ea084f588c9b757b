"""Django's ``makemessages`` with the project's defaults, so that the plain command builds the Thai catalogue
the way ``make messages`` and the catalogue test expect (docs/language.md).

- Tests are not scanned: they call ``gettext`` to check that Wagtail's and Django's strings read in Thai, which
  must not add those strings to the project's catalogue.
- Static files are not scanned: they hold no strings, and their .txt licences would be read as templates.
- Strings no longer in the code are dropped (``--no-obsolete``): the catalogue holds what the code uses, no more.
"""

from django.core.management.commands import makemessages

IGNORED = ["*/tests/*", "*/static/*", "node_modules/*", "media/*", "private-media/*", "staticfiles/*"]


class Command(makemessages.Command):
    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options["ignore_patterns"], *IGNORED]
        options["no_obsolete"] = True
        return super().handle(*args, **options)
