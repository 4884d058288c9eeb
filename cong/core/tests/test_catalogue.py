"""The catalogues are kept clean (issue 16): the Vietnamese of the packages' message ids
(cong/package_locale/vi, kept by hand) and Cổng's own messages in Vietnamese and English (cong/locale, kept
by `make messages`). No entry fuzzy, obsolete or written twice, every Vietnamese one translated (an English
one may wait: the page then shows the Vietnamese id), the placeholders of each translation those of its
message id, the plural forms those of the language, and the compiled ``.mo`` (committed, so that `make
demo` needs no gettext) the same as the ``.po``. docs/features/admin-vietnamese.md and
docs/features/messages.md say how to update them."""

import gettext
import json
from pathlib import Path

import pytest
from django.conf import settings

from cong.core import po

BASE = Path(settings.BASE_DIR)
FOLDER = BASE / "package_locale" / "vi" / "LC_MESSAGES"
CATALOGUE = FOLDER / "django.po"
# The packages' server-side messages and the admin's JavaScript messages (Wagtail's /quan-tri/jsi18n/), then
# Cổng's own messages.
CATALOGUES = [
    FOLDER / "django.po",
    FOLDER / "djangojs.po",
    BASE / "locale" / "vi" / "LC_MESSAGES" / "django.po",
    BASE / "locale" / "en" / "LC_MESSAGES" / "django.po",
]
PLURAL_FORMS = {"vi": "nplurals=1; plural=0;", "en": "nplurals=2; plural=(n != 1);"}


@pytest.fixture(scope="module", params=CATALOGUES, ids=lambda p: "/".join(p.parts[-4:]))
def catalogue(request):
    return request.param


@pytest.fixture(scope="module")
def language(catalogue):
    return catalogue.parents[1].name


@pytest.fixture(scope="module")
def entries(catalogue):
    return po.read(catalogue)


def test_the_catalogue_is_where_django_looks():
    # after Cổng's own messages (cong/locale), which win where both have an id
    assert [Path(p) for p in settings.LOCALE_PATHS] == [CATALOGUE.parents[3] / "locale", CATALOGUE.parents[2]]
    assert settings.LANGUAGE_CODE == "vi"


def test_header_declares_the_languages_plural_forms(entries, language):
    header = entries[0]
    assert header.msgid == ""
    assert f"Plural-Forms: {PLURAL_FORMS[language]}" in header.msgstr[0]
    assert f"Language: {language}" in header.msgstr[0]
    assert "charset=UTF-8" in header.msgstr[0]


def test_no_untranslated_fuzzy_or_obsolete_entry(entries, catalogue, language):
    messages = entries[1:]
    assert len(messages) > 50
    if language == "vi":
        assert [e.msgid for e in messages if not e.translated] == []
    assert [e.msgid for e in messages if "fuzzy" in e.flags] == []
    assert [e.msgid for e in messages if e.obsolete] == []
    assert "#~" not in catalogue.read_text(encoding="utf-8")
    keys = [e.key for e in messages]
    assert len(keys) == len(set(keys)), "an entry is written twice"


def test_plural_entries_have_the_languages_forms(entries, language):
    forms = 1 if language == "vi" else 2
    assert [e.msgid for e in entries if e.msgid_plural is not None and len(e.msgstr) != forms] == []


def test_placeholders_are_kept(entries):
    wrong = []
    for e in entries[1:]:
        if not e.translated:
            continue
        sources = [e.msgid] + ([e.msgid_plural] if e.msgid_plural else [])
        for text in e.msgstr:
            # A plural form may drop the singular's count ("1 page") but not the plural's placeholders.
            if po.placeholders(text) not in [po.placeholders(s) for s in sources]:
                wrong.append((e.msgid, text))
    assert wrong == []


def test_placeholder_check_catches_a_lost_placeholder():
    assert po.placeholders("Trang %(page_num)s / %(total_pages)s") == ["%(page_num)s", "%(total_pages)s"]
    assert po.placeholders("Trang %(page_num)s") != po.placeholders("Page %(page_num)s of %(total_pages)s")
    assert po.placeholders("{count} phút trước; 100%% xong") == ["{count}"]


def test_compiled_catalogue_matches_the_source(entries, catalogue):
    with catalogue.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for e in entries[1:]:
        if not e.translated:  # an English entry still to translate: the page shows its Vietnamese id
            continue
        if e.msgid_plural is not None:
            got = (
                compiled.npgettext(e.msgctxt, e.msgid, e.msgid_plural, 5)
                if e.msgctxt
                else compiled.ngettext(e.msgid, e.msgid_plural, 5)
            )
        else:
            got = compiled.pgettext(e.msgctxt, e.msgid) if e.msgctxt else compiled.gettext(e.msgid)
        if got != e.msgstr[-1]:  # the form for 5: the only Vietnamese one, the English plural
            stale.append(e.msgid)
    assert stale == [], (
        f"recompile: msgfmt --check -o {catalogue.with_suffix('.mo')} {catalogue} (or make messages)"
    )
    expected = 1 + sum(len(e.msgstr) if e.msgid_plural else 1 for e in entries[1:] if e.translated)
    assert len(compiled._catalog) == expected, "the .mo has entries the .po no longer has"


@pytest.mark.django_db
def test_the_admin_javascript_catalogue_includes_the_project_entries(client, django_user_model):
    """Wagtail's script reads its messages from /quan-tri/jsi18n/, which merges cong/locale's djangojs."""
    client.force_login(django_user_model.objects.create_superuser("qt", "qt@thunghiem.gov.vn", "x"))
    script = client.get("/quan-tri/jsi18n/").content.decode()
    translated = json.dumps("(1 mục mới trong trình đơn này)")  # the catalogue writes \\u escapes
    assert f'"(1 new item in this menu)": {translated}' in script


def test_reader_understands_flags_context_plurals_and_obsolete(tmp_path):
    sample = tmp_path / "x.po"
    sample.write_text(
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
        '#, fuzzy\nmsgctxt "verb"\nmsgid "Lock"\nmsgstr "Khóa"\n\n'
        'msgid "1 page"\nmsgid_plural "%(counter)s pages"\nmsgstr[0] ""\n"%(counter)s trang"\n\n'
        '#~ msgid "Old"\n#~ msgstr "Cũ"\n',
        encoding="utf-8",
    )
    header, lock, pages, old = po.read(sample)
    assert (lock.msgctxt, lock.msgid, lock.msgstr, lock.flags) == ("verb", "Lock", ["Khóa"], {"fuzzy"})
    assert (pages.msgid_plural, pages.msgstr) == ("%(counter)s pages", ["%(counter)s trang"])
    assert old.obsolete and not lock.obsolete and header.msgid == ""


def test_relative_times_read_in_vietnamese():
    """The dashboard's «16 phút trước» (Django 5.2's own Vietnamese lacks the forms its timesince uses, and
    the admin showed "16 minutes trước")."""
    import datetime as dt

    from django.utils import timezone, translation
    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    now = timezone.now()
    with translation.override("vi"):
        # Django keeps a number with its unit by a no-break space
        assert timesince_simple(now - dt.timedelta(minutes=16)).replace("\xa0", " ") == "16 phút trước"
        assert timesince_simple(now - dt.timedelta(days=3, hours=2)).replace("\xa0", " ") == "3 ngày trước"
