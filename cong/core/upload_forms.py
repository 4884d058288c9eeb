"""Wagtail image and document forms that run the upload checks (settings WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): every image is re-encoded without EXIF/GPS before Wagtail stores it."""

from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .uploads import check_upload, strip_image_metadata, with_unicode_text


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with our content check first: Wagtail opens the picture to count its pixels
    and lets Pillow's UnidentifiedImageError through (a 500) for a file with JPEG magic bytes and no picture."""

    def to_python(self, data):
        if isinstance(data, UploadedFile):
            check_upload(data, kind="image")
            data.seek(0)
        return super().to_python(data)


class CheckedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        file_field = self.fields.get("file")
        if type(file_field) is WagtailImageField:
            # Wagtail builds this field itself (formfield_for_dbfield); same field, checked first.
            file_field.__class__ = CheckedImageField

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            if not isinstance(self.fields["file"], CheckedImageField):  # else checked already
                check_upload(file, kind="image")
            clean = strip_image_metadata(file)
            if hasattr(file, "image"):  # Wagtail's field keeps the opened picture for its own checks
                clean.image = file.image
            return clean
        return file


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            check_upload(file, kind="document")
            return with_unicode_text(file)  # a TCVN3/VNI .txt is kept readable, in UTF-8
        return file
