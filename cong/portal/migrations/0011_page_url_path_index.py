"""An index of Wagtail's pages by their address in the tree (``wagtailcore_page.url_path``; issue 17).

The routing finds the pages on the way to an address by their ``url_path`` in one query
(``cong.portal.models.pages.walk_by_url_path``); Wagtail has no index on that column, so at 100,000 articles
that query read every page (~90 ms on SQLite). A plain B-tree serves its ``url_path IN (…)`` on SQLite and on
PostgreSQL (where the column is ``text``).
"""

from django.db import migrations

URL_PATH_INDEX = 'CREATE INDEX IF NOT EXISTS "cong_page_url_path" ON "wagtailcore_page" ("url_path")'


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0010_search_title_words"),
    ]

    operations = [
        migrations.RunSQL(URL_PATH_INDEX, 'DROP INDEX IF EXISTS "cong_page_url_path"', elidable=False),
    ]
