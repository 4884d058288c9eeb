from django.db import migrations

from cong.core.search import index_words
from cong.core.trigram import trigram_index


def fill(apps, schema_editor):
    """``search_text`` in the site search's form, " folded words | words as written " (new saves write it)."""
    Question = apps.get_model("citizens", "Question")
    Answer = apps.get_model("citizens", "Answer")
    answers = dict(Answer.objects.values_list("question_id", "body"))
    for question in Question.objects.only("pk", "title", "content", "regulation").iterator(2000):
        parts = [question.title, question.content, question.regulation, answers.get(question.pk, "")]
        Question.objects.filter(pk=question.pk).update(search_text=index_words(*parts))


class Migration(migrations.Migration):
    dependencies = [("citizens", "0002_attachments_private_store")]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
        trigram_index("citizens_question", "search_text"),
    ]
