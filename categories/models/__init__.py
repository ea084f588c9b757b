from categories.models.benefits import BenefitPage
from categories.models.directory import ContactPage, ExternalLink, LinkIndexPage, UnitDirectoryPage, UnitOfficePage
from categories.models.downloads import DownloadFormPage, DownloadIndexPage
from categories.models.events import EventIndexPage, EventPage
from categories.models.faq import FaqItem, FaqPage, FaqTopic
from categories.models.hospitals import Hospital, HospitalFinderPage
from categories.models.ita import ItaIndexPage, ItaIndicatorLink
from categories.models.laws import LawIndexPage, LawPage
from categories.models.news import (
    ExternalNoticeIndexPage,
    ExternalNoticePage,
    NewsArticlePage,
    NewsIndexPage,
    PhotoNewsImage,
    PhotoNewsIndexPage,
    PhotoNewsPage,
    RecruitmentIndexPage,
    RecruitmentNoticePage,
    VideoNewsIndexPage,
    VideoNewsPage,
)
from categories.models.people import PeopleIndexPage, PersonPage
from categories.models.policies import PolicyPage
from categories.models.publications import (
    InvestmentDocumentPage,
    InvestmentIndexPage,
    MediaIndexPage,
    MediaItemPage,
    ReportIndexPage,
    ReportPage,
)
from categories.models.sections import ContentPage, OtherContentIndexPage, SectionPage
from categories.models.taxonomy import Category

__all__ = [
    "BenefitPage",
    "Category",
    "ContactPage",
    "ContentPage",
    "DownloadFormPage",
    "DownloadIndexPage",
    "EventIndexPage",
    "EventPage",
    "ExternalLink",
    "ExternalNoticeIndexPage",
    "ExternalNoticePage",
    "FaqItem",
    "FaqPage",
    "FaqTopic",
    "Hospital",
    "HospitalFinderPage",
    "InvestmentDocumentPage",
    "ItaIndexPage",
    "ItaIndicatorLink",
    "InvestmentIndexPage",
    "LawIndexPage",
    "LawPage",
    "LinkIndexPage",
    "MediaIndexPage",
    "MediaItemPage",
    "NewsArticlePage",
    "NewsIndexPage",
    "OtherContentIndexPage",
    "PeopleIndexPage",
    "PersonPage",
    "PhotoNewsImage",
    "PhotoNewsIndexPage",
    "PhotoNewsPage",
    "PolicyPage",
    "RecruitmentIndexPage",
    "RecruitmentNoticePage",
    "ReportIndexPage",
    "ReportPage",
    "SectionPage",
    "UnitDirectoryPage",
    "UnitOfficePage",
    "VideoNewsIndexPage",
    "VideoNewsPage",
]
