"""English and Chinese for the translated part of the demo, keyed by the Vietnamese text as
wagtail-localize segments it (translations.json)."""

import json
from pathlib import Path

STRINGS = json.loads((Path(__file__).with_name("translations.json")).read_text(encoding="utf-8"))
