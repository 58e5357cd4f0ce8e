"""Directive summaries: one per locale, kind, number and year; private files stay private;
the page lists, computed, the campaigns and stories that carry the directive out."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.models import Locale

from campaigns.models import Circulation, DirectiveSummaryPage
from campaigns.models.directive import number_key
from tests.factories import make_body, make_campaign, make_directive, make_document, make_story

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("typed", ["57-KL/TW", "57- KL/TW", "57-kl/tw", " 57 - KL / TW "])
def test_number_key_ignores_spacing_and_case(typed):
    assert number_key(typed) == "57-KL/TW"


def test_number_key_folds_diacritics():
    assert number_key("2013/QĐ-TTg") == "2013/QD-TTG"


def test_same_number_kind_and_year_is_refused_with_a_message(site):
    issuer = make_body()
    make_directive(site["directives"], "57-KL/TW", issuer=issuer)
    duplicate = DirectiveSummaryPage(
        title="Bản trùng",
        slug="ban-trung",
        document_number="57- KL/TW",
        kind="ket-luan",
        issuer=issuer,
        date_issued=datetime.date(2023, 1, 2),
        subject="Trùng",
        summary="<p>x</p>",
        locale=Locale.get_default(),
    )
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "document_number" in error.value.message_dict


def test_database_refuses_a_duplicate_that_skips_validation(site):
    first = make_directive(site["directives"], "57-KL/TW")
    second = make_directive(site["directives"], "71-KL/TW", date=datetime.date(2024, 2, 16))
    with pytest.raises(IntegrityError), transaction.atomic():
        DirectiveSummaryPage.objects.filter(pk=second.pk).update(registry_key=first.registry_key)


def test_same_number_is_allowed_in_another_year_or_kind(site):
    make_directive(site["directives"], "12-KL/TW", date=datetime.date(2021, 8, 12))
    make_directive(site["directives"], "12-KL/TW", date=datetime.date(2022, 1, 5), slug="nam-khac")
    make_directive(site["directives"], "12-KL/TW", kind="chi-thi", date=datetime.date(2021, 3, 1), slug="loai-khac")
    assert DirectiveSummaryPage.objects.filter(number_key="12-KL/TW").count() == 3


def test_same_number_is_allowed_in_another_locale(site):
    source = make_directive(site["directives"], "57-KL/TW")
    english = source.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    assert english.registry_key != source.registry_key
    assert english.number_key == source.number_key


def test_replaced_status_needs_the_replacing_directive(site):
    directive = make_directive(site["directives"], "32-CT/TW", kind="chi-thi")
    directive.status = "replaced"
    with pytest.raises(ValidationError) as error:
        directive.full_clean()
    assert "replaced_by" in error.value.message_dict


def test_internal_file_must_sit_in_a_restricted_collection(site):
    directive = make_directive(site["directives"], "2049-CV/TU", kind="cong-van")
    directive.circulation = Circulation.INTERNAL
    directive.original_file = make_document("Công khai")
    with pytest.raises(ValidationError) as error:
        directive.full_clean()
    assert "original_file" in error.value.message_dict
    directive.original_file = make_document("Nội bộ", restricted=True)
    directive.full_clean()


def test_internal_file_is_never_linked_publicly(client, site):
    document = make_document("Nội bộ", restricted=True)
    directive = make_directive(
        site["directives"], "2049-CV/TU", kind="cong-van", original_file=document, circulation="internal"
    )
    assert directive.public_file is None
    page = client.get(directive.url)
    assert page.status_code == 200
    assert document.url not in page.content.decode()
    listing = client.get(site["directives"].url).content.decode()
    assert document.url not in listing
    # Wagtail's document view enforces the collection's restriction for anonymous visitors.
    assert client.get(document.url).status_code in (302, 403)


def test_public_file_is_linked(client, site):
    document = make_document("Công khai")
    directive = make_directive(site["directives"], "57-KL/TW", original_file=document)
    assert document.url in client.get(directive.url).content.decode()


def test_implementing_content_is_computed(client, site):
    directive = make_directive(site["directives"], "57-KL/TW")
    other = make_directive(site["directives"], "34-NQ/TW", kind="nghi-quyet", date=datetime.date(2023, 1, 9))
    campaign = make_campaign(site["campaigns"], "chien-dich-57", directives=[directive])
    make_campaign(site["campaigns"], "chien-dich-khac", directives=[other])
    through_campaign = make_story(site["stories"], "qua-chien-dich", campaign=campaign)
    direct = make_story(site["stories"], "truc-tiep", directives=[directive])
    make_story(site["stories"], "khong-lien-quan")
    draft = make_story(site["stories"], "ban-nhap", directives=[directive])
    draft.unpublish()

    assert list(directive.implementing_campaigns()) == [campaign]
    assert set(directive.implementing_stories()) == {through_campaign, direct}

    html = client.get(directive.url).content.decode()
    assert campaign.title in html and through_campaign.title in html and direct.title in html
    assert "khong-lien-quan" not in html and draft.title not in html
