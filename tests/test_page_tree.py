"""The page tree's rules: which page type may sit under which, and one index per home page."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    DirectiveIndexPage,
    DirectiveSummaryPage,
    StoryIndexPage,
    StoryPage,
)
from contact.models import ContactPage
from home.models import ContentPage, HomePage
from registry.models import CalendarPage
from tests.factories import make_site


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_under_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_sections_sit_under_the_home_page(self):
        self.assertAllowedSubpageTypes(
            HomePage, {CampaignIndexPage, StoryIndexPage, DirectiveIndexPage, ContentPage, CalendarPage, ContactPage}
        )
        for index in (CampaignIndexPage, StoryIndexPage, DirectiveIndexPage, ContactPage):
            self.assertAllowedParentPageTypes(index, {HomePage})

    def test_each_index_holds_only_its_own_pages(self):
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})
        self.assertAllowedSubpageTypes(DirectiveIndexPage, {DirectiveSummaryPage})
        self.assertCanNotCreateAt(CampaignIndexPage, StoryPage)
        self.assertCanNotCreateAt(StoryIndexPage, DirectiveSummaryPage)
        self.assertCanNotCreateAt(HomePage, CampaignPage)

    def test_leaf_pages_have_no_children(self):
        for leaf in (CampaignPage, StoryPage, DirectiveSummaryPage, ContactPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_content_pages_nest(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})

    def test_only_one_index_of_each_kind_per_home_page(self):
        sections = make_site()
        home = sections["home"]
        for index in (CampaignIndexPage, StoryIndexPage, DirectiveIndexPage):
            self.assertFalse(index.can_create_at(home))
        self.assertTrue(ContentPage.can_create_at(home))
        self.assertTrue(ContactPage.can_create_at(home))
        home.add_child(instance=ContactPage(title="Liên hệ", slug="lien-he"))
        self.assertFalse(ContactPage.can_create_at(home))

    def test_one_calendar_per_home_page_and_nothing_under_it(self):
        self.assertAllowedParentPageTypes(CalendarPage, {HomePage})
        self.assertAllowedSubpageTypes(CalendarPage, set())
        home = make_site()["home"]
        self.assertTrue(CalendarPage.can_create_at(home))
        home.add_child(instance=CalendarPage(title="Lịch", slug="lich"))
        self.assertFalse(CalendarPage.can_create_at(home))
