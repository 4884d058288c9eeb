"""Every text Cổng shows goes through Django's translation functions and is in its catalogues (issue 16).

The Vietnamese wording is the message id; ``make messages`` gathers the ids into cong/locale/vi (each its
own translation) and cong/locale/en (the English the /en/ portal shows). docs/features/messages.md."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from cong.core import messages, po

PACKAGE = Path(settings.BASE_DIR)
OWN = PACKAGE / "locale"


def test_every_text_shown_goes_through_a_translation_function():
    unmarked = messages.unmarked_texts(PACKAGE)
    assert [str(text) for text in unmarked] == [], (
        "wrap these texts in gettext/{% translate %} (or mark data with '# i18n: data'), then `make messages`"
    )


def test_checker_finds_a_template_text_outside_translation_tags(tmp_path):
    page = tmp_path / "templates" / "page.html"
    page.parent.mkdir()
    page.write_text(
        "{% load i18n %}\n"
        "<h1>{% translate 'Văn bản' %}</h1>\n"
        "{# Chú thích #}{% comment %}Chú thích dài{% endcomment %}\n"
        "{% blocktranslate trimmed with n=count %}Có {{ n }} câu hỏi{% endblocktranslate %}\n"
        "{% include 'x.html' with title=_('Tiêu đề') %}{{ value|default:_('Không có') }}\n"
        '<p title="Đóng">Xin chào</p>\n'
        "{% include 'x.html' with title='Tiêu đề' %}\n",
        encoding="utf-8",
    )
    found = messages.template_texts(page, tmp_path)
    assert [(text.line, text.text.strip()) for text in found] == [
        (6, '<p title="Đóng">Xin chào</p>'),
        (7, "include 'x.html' with title='Tiêu đề'"),
    ]


def test_checker_finds_a_python_literal_outside_translation_functions(tmp_path):
    module = tmp_path / "views.py"
    module.write_text(
        '"""Mô-đun."""\n'
        "from django.utils.translation import gettext as _\n"
        "PATTERN = r'Điều (\\d+)'  # i18n: data\n"
        "KINDS = {  # i18n: data\n"
        "    'qd': 'Quyết định',\n"
        "}\n"
        "def view():\n"
        '    """Trang."""\n'
        "    logger.info('Đã gửi')\n"
        "    messages.error(request, 'Không gửi được')\n"
        "    ok = _('Đã lưu %(n)s') % {'n': 1}\n"
        "    return 'Chưa dịch', ok\n",
        encoding="utf-8",
    )
    assert [(text.line, text.text) for text in messages.python_texts(module, tmp_path)] == [
        (10, "Không gửi được"),
        (12, "Chưa dịch"),
    ]


def _installed_vietnamese() -> dict[str, str]:
    """The packages' Vietnamese: Django's and Wagtail's catalogues and cong/package_locale."""
    site = Path(__import__("django").__file__).parents[1]
    files = [PACKAGE / "package_locale" / "vi" / "LC_MESSAGES" / "django.po"]
    files += sorted((site / "django").rglob("locale/vi/LC_MESSAGES/django.po"))
    files += sorted((site / "wagtail").rglob("locale/vi/LC_MESSAGES/django.po"))
    found = {}
    for path in files:
        for entry in po.read(path)[1:]:
            if entry.translated and entry.msgid_plural is None:
                found.setdefault(entry.msgid, entry.msgstr[0])
    return found


def test_no_own_message_hides_a_packages_vietnamese():
    """Cổng's catalogue comes first: an English id of Wagtail's or Django's written in Cổng's code would
    show in English (its Vietnamese translation is itself) where the package has Vietnamese for it."""
    installed = _installed_vietnamese()
    ours = po.read(OWN / "vi" / "LC_MESSAGES" / "django.po")[1:]
    hidden = [e.msgid for e in ours if e.msgid in installed and installed[e.msgid] != e.msgstr[0]]
    assert hidden == [], "write these ids in Vietnamese (Cổng's source language)"


@pytest.mark.skipif(
    not shutil.which("xgettext") and not os.environ.get("CONG_E2E_REQUIRED"),
    reason="GNU gettext (xgettext, msgmerge) is not installed",
)
def test_the_catalogues_hold_every_message(tmp_path):
    """`make messages` on a copy of the package changes no catalogue: no message missing, none left over."""
    copy = tmp_path / "cong"
    shutil.copytree(
        PACKAGE,
        copy,
        ignore=shutil.ignore_patterns("__pycache__", "static", "package_locale", "data", "tests", "e2e"),
    )
    # the installed `cong` command, as `make messages` runs it (what it reads and how is the command's
    # own); `python -m` would put the copy's folders (statistics…) before the standard library
    command = [str(Path(sys.executable).with_name("cong")), "makemessages", "-l", "vi", "-l", "en", "-v", "0"]
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cong.settings"}
    subprocess.run(command, cwd=copy, env=environment, check=True, capture_output=True)
    for language in ("vi", "en"):
        committed = (OWN / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
        gathered = (copy / "locale" / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
        wanted = {e.key for e in po.read(copy / "locale" / language / "LC_MESSAGES" / "django.po")[1:]}
        kept = {e.key for e in po.read(OWN / language / "LC_MESSAGES" / "django.po")[1:]}
        assert sorted(wanted - kept, key=str) == [], f"{language}: messages missing — run `make messages`"
        assert sorted(kept - wanted, key=str) == [], (
            f"{language}: messages no text uses — run `make messages`"
        )
        assert gathered == committed, f"{language}: the catalogue is not what `make messages` writes"
