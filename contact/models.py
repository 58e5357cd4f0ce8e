"""The contact form page for journalists, investors and visitors: one per language, built with
Wagtail's form builder. Every message is stored before it is mailed to the department, so a
mail server that fails loses nothing; the admin's Forms menu lists them."""

import logging

from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

import vntext
from campaigns.blocks import RICH_TEXT_FEATURES
from contact import spam
from home.models.base import BasePage

logger = logging.getLogger(__name__)

# Long enough for any real message, short enough that nobody stores a book through the form.
MESSAGE_MAX_LENGTH = 5000


class BoundedFormBuilder(FormBuilder):
    """Wagtail's form builder with an upper bound on the length of multi-line answers."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX_LENGTH
        return super().create_multiline_field(field, options)


class ContactFormField(TranslatableMixin, AbstractFormField):
    """One field of a contact form; labels are translated, the stored name follows the source
    so answers in every language line up in the admin. Translatable itself, as wagtail-localize
    translates only child objects that are."""

    page = ParentalKey("contact.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        # The translation lists its fields in the source's order.
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")

    def get_field_clean_name(self):
        # Folded the Vietnamese way first: `Thư điện tử` → `thu_dien_tu`, not `thu_u0111ien_tu`.
        return get_field_clean_name(vntext.strip_marks(self.label))


class ContactPage(EmailFormMixin, FormMixin, BasePage):
    """The contact form of one language, under its home page."""

    form_builder = BoundedFormBuilder

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Who may write and about what, shown above the form: press, investment, visits."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after a message is sent, e.g. when the department usually answers."),
    )
    to_address = models.CharField(
        _("send messages to"),
        max_length=255,
        blank=True,
        validators=EmailFormMixin._meta.get_field("to_address").validators,
        help_text=_("The department's addresses that receive each message, separated by commas."),
    )
    from_address = models.EmailField(
        _("sender address"),
        max_length=255,
        blank=True,
        help_text=_("The address the emails come from; leave empty for the site's default."),
    )
    subject = models.CharField(
        _("email subject"),
        max_length=255,
        blank=True,
        help_text=_("The subject line of the emails the department receives."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields"), heading=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("to_address"), FieldPanel("from_address")]), FieldPanel("subject")],
            heading=_("Email to the department"),
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("form_fields"),
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        TranslatableField("subject"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta(BasePage.Meta):
        verbose_name = _("contact form")
        verbose_name_plural = _("contact forms")

    def get_form_class(self):
        return spam.with_honeypot(super().get_form_class())

    def send_mail(self, form):
        # Called after FormMixin.process_form_submission has stored the submission.
        try:
            super().send_mail(form)
        except Exception:
            logger.exception("A message to contact form %s was stored but could not be mailed", self.pk)

    def serve(self, request, *args, **kwargs):
        # The form carries a CSRF token and the answers a visitor typed: no cache may keep it.
        response = self.serve_form(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def serve_form(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            if form.is_bot:
                # Looks accepted, so the bot learns nothing; nothing is stored or sent.
                return self.render_landing_page(request, None, *args, **kwargs)
            if spam.allow_submission(request):
                return self.render_landing_page(request, self.process_form_submission(form), *args, **kwargs)
            # The message stays in the form, so the visitor can send it later.
            form.add_error(None, _("Too many messages from your address. Please try again later."))
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
