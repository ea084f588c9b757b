"""Factories for the page types of ``categories``. Pass ``parent=`` an index page of the right type."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from categories import models
from core.tests.factories import DocumentFactory, ImageFactory


class BasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"หน้าทดสอบ {n}")
    intro = "สรุปย่อของหน้านี้สำหรับแสดงในรายการ"

    class Meta:
        abstract = True


class ContentPageFactory(BasePageFactory):
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = models.ContentPage


class PersonPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"นายทดสอบ ลำดับ{n}")
    position = "รองเลขาธิการสำนักงานประกันสังคม"
    photo = factory.SubFactory(ImageFactory)
    term_start = datetime.date(2024, 10, 1)

    class Meta:
        model = models.PersonPage


class NewsArticlePageFactory(BasePageFactory):
    date = factory.LazyFunction(timezone.localdate)
    image = factory.SubFactory(ImageFactory)

    class Meta:
        model = models.NewsArticlePage


class PhotoNewsPageFactory(BasePageFactory):
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = models.PhotoNewsPage


class VideoNewsPageFactory(BasePageFactory):
    date = factory.LazyFunction(timezone.localdate)
    video_url = "https://www.youtube.com/watch?v=abcdefghijk"
    transcript = "คำบรรยายวิดีโอสำหรับผู้ที่ไม่ได้ยินเสียง"

    class Meta:
        model = models.VideoNewsPage


class RecruitmentNoticePageFactory(BasePageFactory):
    date = factory.LazyFunction(timezone.localdate)
    application_start = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=3))
    application_end = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=10))
    how_to_apply = "สมัครด้วยตนเองที่กลุ่มงานสรรหา"

    class Meta:
        model = models.RecruitmentNoticePage


class ExternalNoticePageFactory(BasePageFactory):
    date = factory.LazyFunction(timezone.localdate)
    source_agency = "กรมการจัดหางาน"
    letter_reference = "รง 0301/1234 ลงวันที่ 1 พฤศจิกายน 2569"

    class Meta:
        model = models.ExternalNoticePage


class EventPageFactory(BasePageFactory):
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=7))
    start_time = datetime.time(9, 30)
    place = "ห้องประชุมชั้น 9 สำนักงานประกันสังคม"
    organiser = "กองนโยบายและแผนงาน"

    class Meta:
        model = models.EventPage


class LawPageFactory(BasePageFactory):
    number = "ฉบับที่ 5"
    year_be = 2533
    effective_date = datetime.date(1990, 9, 2)
    document = factory.SubFactory(DocumentFactory)

    class Meta:
        model = models.LawPage


class BenefitPageFactory(BasePageFactory):
    eligibility = "<p>ผู้ประกันตนที่จ่ายเงินสมทบครบ 3 เดือน</p>"
    conditions = "<p>ภายในระยะเวลา 15 เดือนก่อนวันรับบริการ</p>"
    entitlements = "<p>รับบริการทางการแพทย์โดยไม่ต้องเสียค่าใช้จ่าย</p>"
    how_to_claim = "<p>ยื่นแบบ สปส. 2-01 ที่สำนักงานประกันสังคมทุกแห่ง</p>"

    class Meta:
        model = models.BenefitPage


class PublicationFactoryMixin(BasePageFactory):
    publication_date = factory.LazyFunction(timezone.localdate)
    year_be = 2568
    cover = factory.SubFactory(ImageFactory)
    document = factory.SubFactory(DocumentFactory)

    class Meta:
        abstract = True


class MediaItemPageFactory(PublicationFactoryMixin):
    issue_label = "ปีที่ 30 ฉบับที่ 4"

    class Meta:
        model = models.MediaItemPage


class ReportPageFactory(PublicationFactoryMixin):
    class Meta:
        model = models.ReportPage


class InvestmentDocumentPageFactory(PublicationFactoryMixin):
    class Meta:
        model = models.InvestmentDocumentPage


class DownloadFormPageFactory(BasePageFactory):
    form_code = factory.Sequence(lambda n: f"สปส. 2-{n:02d}")
    document = factory.SubFactory(DocumentFactory)
    last_updated = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = models.DownloadFormPage


class PolicyPageFactory(BasePageFactory):
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = models.PolicyPage


class FaqPageFactory(BasePageFactory):
    class Meta:
        model = models.FaqPage


class UnitOfficePageFactory(BasePageFactory):
    province = "เชียงใหม่"
    address = "ถนนสุเทพ ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200"
    phone = "0 5322 5000"
    office_hours = "จันทร์ - ศุกร์ 08.30 - 16.30 น."
    map_url = "https://maps.google.com/?q=18.79,98.97"

    class Meta:
        model = models.UnitOfficePage


def publish_english(page, title):
    """The live English translation of ``page``, titled ``title``, and of the home page above it if it has none
    (as an editor's "Translate" then "Publish" make them)."""
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")
    home = page.get_ancestors().get(depth=2)
    if not home.has_translation(english):
        home_in_english = home.copy_for_translation(english)
        home_in_english.title = "Social Security Office"
        home_in_english.save_revision().publish()
    translation = page.copy_for_translation(english).specific
    translation.title = title
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
