"""The unit's profile, in the language of the request, for the header and footer."""

from home.chrome import chrome


def unit_profile(request):
    # Lazy: pages that never show the header (robots.txt, errors) pay nothing.
    return {"unit": lambda: chrome(request).profile}
