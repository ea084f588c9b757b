import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"ภาพประกอบ {n}")


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"เอกสาร {n}")
    file = factory.LazyAttribute(lambda _: ContentFile(MINIMAL_PDF, name="document.pdf"))

    class Meta:
        model = get_document_model()
