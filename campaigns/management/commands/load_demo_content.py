"""Builds the demo site from the guidance: idempotent, so running it again changes nothing.

Every object is looked up by a stable key (a slug, a name, an image title) and created only
when missing; nothing an editor changed afterwards is overwritten.
"""

import io
import math

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, Site

from campaigns.demo import data, translations
from campaigns.models import (
    Body,
    CampaignIndexPage,
    CampaignPage,
    DirectiveIndexPage,
    DirectiveSummaryPage,
    StoryGalleryImage,
    StoryIndexPage,
    StoryPage,
    Topic,
)
from contact.models import ContactFormField, ContactPage
from home.models import ContentPage, HomePage, PortalSettings, SocialLink, UnitProfile
from registry import demo as registry_demo
from translation.machinery import translate_with_strings


def draw_landscape(sky, hills, ground, seed, size=(1600, 900)):
    """A simple mountain landscape as JPEG bytes: a sky gradient, a sun and three ridges."""
    width, height = size
    picture = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    top, bottom = sky
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    draw.ellipse([width * 0.7, height * 0.12, width * 0.7 + 120, height * 0.12 + 120], fill=(255, 244, 214))
    for layer in range(3):
        shade = tuple(min(255, int(c * (1.2 - layer * 0.2))) for c in hills)
        base = height * (0.45 + layer * 0.15)
        points = [(0, height)]
        for x in range(0, width + 20, 20):
            wave = math.sin(x / (180 + layer * 40) + seed + layer) + 0.5 * math.sin(x / 70 + seed * 2)
            points.append((x, base - wave * (60 - layer * 12)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    draw.rectangle([0, height * 0.9, width, height], fill=ground)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def draw_document(title_ascii):
    """A one-page PDF standing in for a scanned original."""
    page = PILImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=42)
    draw.text((120, 160), title_ascii, fill="black", font=font)
    draw.text((120, 240), "Ban sao minh hoa (demo copy)", fill=(90, 90, 90), font=font)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return buffer.getvalue()


class Command(BaseCommand):
    help = "Load the demo content drawn from the guidance (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-users", action="store_true", help="Also create one demo account per editorial role."
        )
        parser.add_argument(
            "--with-reporting",
            action="store_true",
            help="Also create grassroots bodies with reporter accounts and report requests in every state.",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            self.created = 0
            self.locale = Locale.get_default()
            self.images = self.load_images()
            self.topics = self.load_topics()
            self.bodies = self.load_bodies()
            home = self.load_home()
            sections = self.load_sections(home)
            self.directives = self.load_directives(sections["directives"])
            self.campaigns = self.load_campaigns(sections["campaigns"])
            self.load_stories(sections["stories"])
            self.load_about(home)
            self.load_contact(home)
            self.feature_campaign(home)
            self.load_profile()
            self.translate_demo()
            registry_demo.load(self, home)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({self.created} objects created)."))
        if options["with_users"]:
            self.load_users()
        if options["with_reporting"]:
            self.load_reporting()

    def load_users(self):
        """Passwords are generated and printed once: they are stored hashed and never shown again."""
        from editorial.demo_users import create_demo_users

        for username, role, password in create_demo_users():
            self.stdout.write(f"{username} ({role}): {password}")

    def load_reporting(self):
        from reporting.demo import load

        with transaction.atomic():
            accounts = load()
        for username, body, password in accounts:
            self.stdout.write(f"{username} ({body}): {password}")

    # Helpers -----------------------------------------------------------------------------

    def add_page(self, parent, page):
        """Create and publish a page under its parent, unless one with its slug is there."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing:
            return existing.specific
        page.locale = parent.locale
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    # Loaders -----------------------------------------------------------------------------

    def load_images(self):
        Image = get_image_model()
        images = {}
        for seed, (key, (title, sky, hills, ground)) in enumerate(data.IMAGES.items()):
            image = Image.objects.filter(title=title).first()
            if image is None:
                content = draw_landscape(sky, hills, ground, seed)
                image = Image(title=title, file=ImageFile(io.BytesIO(content), name=f"{key}.jpg"))
                image.save()
                self.created += 1
            images[key] = image
        return images

    def load_topics(self):
        topics = {}
        for slug, name, description in data.TOPICS:
            topic, created = Topic.objects.get_or_create(
                locale=self.locale,
                slug=slug,
                defaults={"name": name, "description": description, "is_sensitive": slug in data.SENSITIVE_TOPICS},
            )
            self.created += created
            topics[slug] = topic
        return topics

    def load_bodies(self):
        bodies = {}
        for key, (name, short_name, kind, description) in data.BODIES.items():
            body, created = Body.objects.get_or_create(
                locale=self.locale,
                name=name,
                defaults={"short_name": short_name, "kind": kind, "description": description},
            )
            self.created += created
            bodies[key] = body
        return bodies

    def load_home(self):
        site = Site.objects.filter(is_default_site=True).first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.locale, depth=2).first()
        if home is None:
            home = HomePage(
                title=data.HOME["title"],
                slug="trang-chu",
                lead=data.HOME["lead"],
                hero_image=self.images[data.HOME["image"]],
                about_title=data.HOME["about_title"],
                about=data.HOME["about"],
                about_image=self.images["ban-lang"],
                locale=self.locale,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="")
        else:
            welcome = site.root_page
            site.root_page = home
            site.save()
            # Wagtail's placeholder "Welcome" page is of no use once the home page exists.
            if welcome.specific_class is Page and not welcome.get_children().exists():
                welcome.delete()
        return home

    def load_sections(self, home):
        classes = {
            "campaigns": CampaignIndexPage,
            "stories": StoryIndexPage,
            "directives": DirectiveIndexPage,
        }
        sections = {}
        for key, (slug, title, lead) in data.SECTIONS.items():
            sections[key] = self.add_page(home, classes[key](title=title, slug=slug, lead=lead, show_in_menus=True))
        return sections

    def internal_collection(self):
        """A collection only signed-in users may see, for internal-circulation files."""
        collection = Collection.objects.filter(name=data.INTERNAL_COLLECTION).first()
        if collection is None:
            collection = Collection.get_first_root_node().add_child(name=data.INTERNAL_COLLECTION)
            CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=CollectionViewRestriction.LOGIN
            )
            self.created += 1
        return collection

    def original_file(self, directive):
        Document = get_document_model()
        title = f"{directive['number']} – bản gốc"
        document = Document.objects.filter(title=title).first()
        if document is None:
            collection = (
                self.internal_collection()
                if directive["circulation"] == "internal"
                else Collection.get_first_root_node()
            )
            content = draw_document(directive["number"])
            document = Document(title=title, collection=collection)
            document.file.save(f"{directive['key']}.pdf", ContentFile(content), save=False)
            document.save()
            self.created += 1
        return document

    def load_directives(self, index):
        directives = {}
        for item in data.DIRECTIVES:
            page = DirectiveSummaryPage(
                title=f"{data.KIND_TITLES[item['kind']]} số {item['number']}",
                slug=item["key"],
                document_number=item["number"],
                kind=item["kind"],
                issuer=self.bodies[item["issuer"]],
                date_issued=item["date"],
                subject=item["subject"],
                lead=item["lead"],
                summary=item["summary"],
                key_points=[("point", f"<p>{point}</p>") for point in item["points"]],
                local_tasks=item["tasks"],
                circulation=item["circulation"],
            )
            if not index.get_children().filter(slug=item["key"]).exists():
                page.original_file = self.original_file(item)
            directives[item["key"]] = self.add_page(index, page)
        return directives

    def load_campaigns(self, index):
        campaigns = {}
        for item in data.CAMPAIGNS:
            page = CampaignPage(
                title=item["title"],
                slug=item["slug"],
                lead=item["lead"],
                hero_image=self.images[item["image"]],
                start_date=item["start"],
                end_date=item["end"],
                audiences=item["audiences"],
                channels=item["channels"],
                lead_body=self.bodies[item["lead_body"]],
                objectives=item["objectives"],
                body=[("paragraph", item["body"])],
            )
            page.topics = [self.topics[slug] for slug in item["topics"]]
            page.directives = [self.directives[key] for key in item["directives"]]
            campaigns[item["slug"]] = self.add_page(index, page)
        return campaigns

    def load_stories(self, index):
        for item in data.STORIES:
            latitude, longitude = item["coords"] or (None, None)
            page = StoryPage(
                title=item["title"],
                slug=item["slug"],
                lead=item["lead"],
                hero_image=self.images[item["image"]],
                hero_caption=self.images[item["image"]].title,
                category=item["category"],
                date=item["date"],
                place=item["place"],
                latitude=latitude,
                longitude=longitude,
                author=item["author"],
                photo_credits="Ảnh minh hoạ",
                body=[("paragraph", item["body"])],
                campaign=self.campaigns.get(item["campaign"]),
            )
            page.topics = [self.topics[slug] for slug in item["topics"]]
            page.directives = [self.directives[key] for key in item["directives"]]
            page.gallery_images = [
                StoryGalleryImage(image=self.images[key], caption=self.images[key].title, credit="Ảnh minh hoạ")
                for key in item["gallery"]
            ]
            self.add_page(index, page)

    def load_about(self, home):
        about = data.ABOUT_PAGE
        self.add_page(
            home,
            ContentPage(
                title=about["title"],
                slug=about["slug"],
                lead=about["lead"],
                body=[("paragraph", about["body"])],
                show_in_menus=True,
            ),
        )

    def load_contact(self, home):
        contact = data.CONTACT_PAGE
        page = ContactPage(
            title=contact["title"],
            slug=contact["slug"],
            intro=contact["intro"],
            thank_you_text=contact["thank_you_text"],
            to_address=data.PROFILE["email"],
            subject=contact["subject"],
            show_in_menus=True,
        )
        page.form_fields = [
            ContactFormField(
                label=label, field_type=kind, required=required, help_text=help_text, choices=choices, sort_order=order
            )
            for order, (label, kind, required, help_text, choices) in enumerate(contact["fields"])
        ]
        self.add_page(home, page)

    def feature_campaign(self, home):
        if home.featured_campaign_id is None:
            home.featured_campaign = self.campaigns["quang-ba-du-lich-tam-duong"]
            home.save_revision().publish()

    def load_profile(self):
        profile = UnitProfile.objects.filter(locale=self.locale, name=data.PROFILE["name"]).first()
        if profile is None:
            fields = {key: value for key, value in data.PROFILE.items() if key != "social_links"}
            profile = UnitProfile(locale=self.locale, **fields)
            profile.social_links = [
                SocialLink(network=network, url=url) for network, url in data.PROFILE["social_links"]
            ]
            profile.save()
            self.created += 1
        for site in Site.objects.all():
            settings = PortalSettings.for_site(site)
            if settings.unit_profile_id is None:
                settings.unit_profile = profile
                settings.save()

    def translate_demo(self):
        """English and Chinese versions of part of the site, made through wagtail-localize.

        Snippets first (pages link to them), then pages parents first. Once done, one
        Vietnamese story changes so its translations are out of date for the status report.
        """
        snippets = [*Topic.objects.filter(locale=self.locale), *Body.objects.filter(locale=self.locale)]
        snippets += list(UnitProfile.objects.filter(locale=self.locale))
        pages = [Page.objects.get(locale=self.locale, slug=slug).specific for slug in data.TRANSLATED_PAGES]
        changed = False
        for code in data.TRANSLATION_LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            strings = {source: texts[code] for source, texts in translations.STRINGS.items()}
            for instance in [*snippets, *pages]:
                if instance.has_translation(locale):
                    continue
                translate_with_strings(instance, locale, strings)
                self.created += 1
                changed = True
        if changed:
            slug, lead = data.OUT_OF_DATE_STORY
            story = StoryPage.objects.get(locale=self.locale, slug=slug)
            story.lead = lead
            story.save_revision().publish()
