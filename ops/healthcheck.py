"""The image's HEALTHCHECK: GET /health/ as the proxy would send it (allowed host, HTTPS forwarded).

Standard library only, so a check costs no Django start-up. Exit 0 when the portal answers 200.
"""

import os
import sys
import urllib.request


def main():
    host = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")[0].strip().lstrip(".") or "localhost"
    request = urllib.request.Request(
        "http://127.0.0.1:8000/health/", headers={"Host": host, "X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=4) as response:
            return 0 if response.status == 200 else 1
    except OSError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
