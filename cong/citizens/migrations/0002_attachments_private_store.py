"""Citizens' attachments leave the public media tree: each file is moved from MEDIA_ROOT to the private
store under a random name (the original name stays in ``Attachment.name``), then removed from MEDIA_ROOT."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import migrations, models

import cong.citizens.models
import cong.core.storage


def move_to_private_store(apps, schema_editor):
    Attachment = apps.get_model("citizens", "Attachment")
    public = FileSystemStorage(location=settings.MEDIA_ROOT)
    private = cong.core.storage.PrivateStorage()
    for attachment in Attachment.objects.exclude(file="").iterator():
        old_name = attachment.file.name
        if private.exists(old_name) or not public.exists(old_name):
            continue  # already moved, or lost before this migration: nothing public is left to hide
        with public.open(old_name, "rb") as handle:
            new_name = private.save(cong.citizens.models.attachment_path(attachment, attachment.name), handle)
        Attachment.objects.filter(pk=attachment.pk).update(file=new_name)
        public.delete(old_name)


class Migration(migrations.Migration):
    dependencies = [
        ("citizens", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="attachment",
            name="file",
            field=models.FileField(
                max_length=200,
                storage=cong.core.storage.PrivateStorage(),
                upload_to=cong.citizens.models.attachment_path,
                verbose_name="tệp",
            ),
        ),
        # Not reversed: putting ID-card photos back at guessable public addresses is never wanted.
        migrations.RunPython(move_to_private_store, migrations.RunPython.noop),
    ]
