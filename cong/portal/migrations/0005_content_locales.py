"""A Wagtail locale for each content language the profile enables (English where ``i18n.languages`` lists
it), so that editors can translate pages at once. A province that enables a language later adds its locale
in the admin (Cài đặt › Ngôn ngữ nội dung), which appears once the profile lists two languages."""

from django.conf import settings
from django.db import migrations


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_portal_name_en"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
