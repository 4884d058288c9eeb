"""Django's makemessages, kept for Cổng's catalogues (``make messages``, docs/features/messages.md).

Run from ``cong/`` (the package), it always gathers the same way — what ``make messages`` and the test that
the catalogues are current both rely on:

- tests, the browser journeys, migrations, static files and the packages' catalogue are not read;
- entries no text uses any more are dropped, and each entry names its files (not lines: a moved line
  changes no catalogue);
- the catalogue of the source language, Vietnamese (``LANGUAGE_CODE``), gives each new entry its own id as
  translation (``po.fill_from_ids``), so that every text shown is in it;
- msgmerge does no fuzzy matching (a guessed English translation of a new Vietnamese id is worse than none:
  the page would show it until someone notices; an untranslated id shows the Vietnamese);
- the catalogue carries no creation date, so that gathering again without a changed text changes no file.
"""

import re
from pathlib import Path

from django.conf import settings
from django.core.management.commands import makemessages

from cong.core import po

CREATION_DATE = re.compile(r'^"POT-Creation-Date: [^"]*"\n', re.MULTILINE)
NOT_GATHERED = ["*/tests/*", "e2e/*", "*/migrations/*", "conftest.py", "package_locale/*", "static/*"]


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]

    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options.get("ignore_patterns", []), *NOT_GATHERED]
        options["no_obsolete"] = True
        options["add_location"] = options.get("add_location") or "file"
        return super().handle(*args, **options)

    def write_po_file(self, potfile, locale):
        super().write_po_file(potfile, locale)
        basedir = Path(potfile).parent
        catalogue = basedir / locale / "LC_MESSAGES" / f"{self.domain}.po"
        text = catalogue.read_text(encoding="utf-8")
        text = CREATION_DATE.sub("", text)
        if locale == settings.LANGUAGE_CODE:
            text = po.fill_from_ids(text)
        catalogue.write_text(text, encoding="utf-8")
