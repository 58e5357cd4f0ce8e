"""The external-information content: one module per family."""

from campaigns.models.campaign import Audience, CampaignIndexPage, CampaignPage, CampaignStatus, Channel
from campaigns.models.directive import (
    Circulation,
    DirectiveIndexPage,
    DirectiveKind,
    DirectiveStatus,
    DirectiveSummaryPage,
)
from campaigns.models.story import StoryCategory, StoryGalleryImage, StoryIndexPage, StoryPage
from campaigns.models.taxonomy import Body, Topic

__all__ = [
    "Audience",
    "Body",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignStatus",
    "Channel",
    "Circulation",
    "DirectiveIndexPage",
    "DirectiveKind",
    "DirectiveStatus",
    "DirectiveSummaryPage",
    "StoryCategory",
    "StoryGalleryImage",
    "StoryIndexPage",
    "StoryPage",
    "Topic",
]
