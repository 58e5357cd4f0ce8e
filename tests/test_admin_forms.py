"""Editors create every page type through the admin form; dates are typed dd/mm/yyyy."""

import datetime

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryPage
from contact.models import ContactPage
from home.models import ContentPage, HomePage
from registry.models import CalendarPage
from tests.factories import make_body, make_site, make_topic


class AdminCreateTests(WagtailPageTestCase):
    def setUp(self):
        self.sections = make_site()
        user = get_user_model().objects.create_superuser("editor", "e@example.com", "a-long-test-password")
        self.client.force_login(user)

    def test_create_home_page(self):
        data = nested_form_data(
            {"title": "Trang chủ mới", "slug": "trang-chu-moi", "about": rich_text("<p>Giới thiệu</p>")}
        )
        data["comments-TOTAL_FORMS"] = 0
        self.assertCanCreate(Page.get_first_root_node(), HomePage, data)

    def test_create_content_page(self):
        data = nested_form_data(
            {
                "title": "Giới thiệu",
                "slug": "gioi-thieu",
                "body": streamfield([("heading", "Lịch sử"), ("paragraph", rich_text("<p>Nội dung</p>"))]),
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.sections["home"], ContentPage, data)

    def test_create_calendar_page(self):
        data = nested_form_data(
            {
                "title": "Lịch sự kiện",
                "slug": "lich-su-kien",
                "lead": "Các ngày kỷ niệm.",
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.sections["home"], CalendarPage, data)

    def test_create_contact_page_with_its_fields(self):
        data = nested_form_data(
            {
                "title": "Liên hệ",
                "slug": "lien-he",
                "intro": rich_text("<p>Gửi câu hỏi.</p>"),
                "thank_you_text": rich_text("<p>Cảm ơn.</p>"),
                "to_address": "tuyengiao@example.com, lanhdao@example.com",
                "subject": "Thư liên hệ",
                "form_fields": inline_formset(
                    [
                        {"label": "Thư điện tử", "field_type": "email", "required": "on"},
                        {"label": "Nội dung", "field_type": "multiline", "required": "on"},
                    ]
                ),
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.sections["home"], ContactPage, data)
        page = ContactPage.objects.get(slug="lien-he")
        self.assertEqual([f.clean_name for f in page.form_fields.all()], ["thu_dien_tu", "noi_dung"])

    def test_create_campaign_reads_dates_day_first(self):
        topic = make_topic()
        data = nested_form_data(
            {
                "title": "Quảng bá du lịch",
                "slug": "quang-ba-du-lich",
                "start_date": "05/06/2025",
                "end_date": "31/12/2025",
                "objectives": rich_text("<p>Mục tiêu</p>"),
                "body": streamfield([]),
                "comments": inline_formset([]),
            }
        )
        # Multiple-choice fields post one value per ticked box.
        data.update(audiences=["foreigners", "tourists"], channels=["internet"], topics=[topic.pk])
        self.assertCanCreate(self.sections["campaigns"], CampaignPage, data)
        campaign = CampaignPage.objects.get(slug="quang-ba-du-lich")
        self.assertEqual(campaign.start_date, datetime.date(2025, 6, 5))
        self.assertEqual(campaign.audiences, ["foreigners", "tourists"])
        self.assertEqual(list(campaign.topics.all()), [topic])

    def test_create_story_with_gallery(self):
        data = nested_form_data(
            {
                "title": "Bản Sì Thâu Chải",
                "slug": "",
                "category": "tourism",
                "date": "20/05/2025",
                "latitude": "22.35",
                "longitude": "103.77",
                "body": streamfield([("paragraph", rich_text("<p>Câu chuyện</p>"))]),
                "gallery_images": inline_formset([]),
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.sections["stories"], StoryPage, data)
        self.assertTrue(StoryPage.objects.filter(slug="ban-si-thau-chai").exists())

    def test_create_directive(self):
        issuer = make_body()
        data = nested_form_data(
            {
                "title": "Kết luận số 57-KL/TW",
                "slug": "57-kl-tw",
                "document_number": "57-KL/TW",
                "kind": "ket-luan",
                "issuer": issuer.pk,
                "date_issued": "15/06/2023",
                "subject": "Về công tác thông tin đối ngoại",
                "summary": rich_text("<p>Tóm tắt</p>"),
                "key_points": streamfield([("point", rich_text("<p>Điểm chính</p>"))]),
                "local_tasks": rich_text("<p>Nhiệm vụ</p>"),
                "status": "in-force",
                "circulation": "public",
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.sections["directives"], DirectiveSummaryPage, data)
        directive = DirectiveSummaryPage.objects.get(slug="57-kl-tw")
        self.assertEqual((directive.number_key, directive.year_issued), ("57-KL/TW", 2023))

    def test_typed_slug_is_folded_to_ascii(self):
        data = nested_form_data(
            {
                "title": "Câu chuyện",
                "slug": "Câu chuyện Tam Đường",
                "category": "culture",
                "date": "01/02/2025",
                "body": streamfield([]),
                "gallery_images": inline_formset([]),
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.sections["stories"], StoryPage, data)
        self.assertTrue(StoryPage.objects.filter(slug="cau-chuyen-tam-duong").exists())
