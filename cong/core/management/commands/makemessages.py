"""Django's makemessages, kept for Cổng's catalogues (``make messages``, docs/features/messages.md).

Three differences: the catalogue of the source language, Vietnamese (``LANGUAGE_CODE``), gives each new
entry its own id as translation (``po.fill_from_ids``), so that every text shown is in it; msgmerge does no fuzzy matching (a guessed English translation of a new Vietnamese id is
worse than none: the page would show it until someone notices — an untranslated id shows the Vietnamese),
and the catalogue carries no creation date, so that gathering again without a changed text changes no file.
"""

import re
from pathlib import Path

from django.conf import settings
from django.core.management.commands import makemessages

from cong.core import po

CREATION_DATE = re.compile(r'^"POT-Creation-Date: [^"]*"\n', re.MULTILINE)


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]

    def write_po_file(self, potfile, locale):
        super().write_po_file(potfile, locale)
        basedir = Path(potfile).parent
        catalogue = basedir / locale / "LC_MESSAGES" / f"{self.domain}.po"
        text = catalogue.read_text(encoding="utf-8")
        text = CREATION_DATE.sub("", text)
        if locale == settings.LANGUAGE_CODE:
            text = po.fill_from_ids(text)
        catalogue.write_text(text, encoding="utf-8")
