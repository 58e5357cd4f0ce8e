"""Feed URLs, inside each language's prefix (`/feeds/rss.xml`, `/en/feeds/atom.xml`, ...)."""

from django.urls import path

from syndication.feeds import CampaignFeed, LanguageFeed, TopicFeed, atom

urlpatterns = [
    path("rss.xml", LanguageFeed(), name="feed_rss"),
    path("atom.xml", atom(LanguageFeed)(), name="feed_atom"),
    path("campaigns/<slug:slug>/rss.xml", CampaignFeed(), name="campaign_feed_rss"),
    path("campaigns/<slug:slug>/atom.xml", atom(CampaignFeed)(), name="campaign_feed_atom"),
    path("topics/<slug:slug>/rss.xml", TopicFeed(), name="topic_feed_rss"),
    path("topics/<slug:slug>/atom.xml", atom(TopicFeed)(), name="topic_feed_atom"),
]
