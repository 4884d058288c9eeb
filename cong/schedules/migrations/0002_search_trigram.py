"""PostgreSQL: trigram indexes (pg_trgm) on the searched column of this app's registers, so the site
search's ``LIKE '% word %'`` on them uses an index instead of reading every row (issue 17); nothing on
SQLite (``cong.core.trigram``)."""

from django.db import migrations

from cong.core.trigram import trigram_index


class Migration(migrations.Migration):
    dependencies = [
        ("schedules", "0001_initial"),
    ]

    operations = [
        trigram_index("schedules_workscheduleevent", "search_folded"),
        trigram_index("schedules_meetinginvitation", "search_folded"),
        trigram_index("schedules_receptionsession", "search_folded"),
    ]
