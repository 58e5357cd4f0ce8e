"""The unit's profile, in the language of the request, for the header and footer."""

from home.models import PortalSettings


def unit_profile(request):
    def load():
        if not hasattr(request, "_unit_profile"):
            profile = PortalSettings.for_request(request).unit_profile
            request._unit_profile = profile.localized if profile else None
        return request._unit_profile

    # Lazy: pages that never show the header (robots.txt, errors) pay nothing.
    return {"unit": load}
