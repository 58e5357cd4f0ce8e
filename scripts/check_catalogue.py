"""Check our Vietnamese catalogue for the Wagtail admin against the installed packages.

Wagtail and wagtail-localize ship partial Vietnamese catalogues, so the project keeps its own in
locale/wagtail/ (see locale/README.md). This script reads every message id of the installed
packages (their `en` catalogues, django and djangojs domains; plus Django's own messages that its
Vietnamese catalogue leaves untranslated) and fails when one has no Vietnamese
translation, only a fuzzy one, or a translation whose placeholders differ from the source; it also
runs `msgfmt --check` on every .po file under locale/. After an upgrade it names the new message
ids (untranslated) and the ones the packages no longer use.

Usage: .venv/bin/python scripts/check_catalogue.py   (exit status 1 when anything is wrong)
"""

import importlib.util
import subprocess
import sys
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translation.placeholders import placeholders  # noqa: E402  (the project's, once on the path)

LOCALE = ROOT / "locale"
OURS = LOCALE / "wagtail" / "vi" / "LC_MESSAGES"
PACKAGES = {"wagtail": "wagtail", "wagtail_localize": "wagtail-localize"}  # import name -> distribution
VERSIONS = {**PACKAGES, "django": "django"}
DOMAINS = ("django", "djangojs")


@dataclass
class Report:
    """What the check found; `ok` is the verdict."""

    versions: dict = field(default_factory=dict)  # distribution -> installed version
    coverage: dict = field(default_factory=dict)  # "wagtail.admin (djangojs)" -> (translated, total)
    untranslated: list = field(default_factory=list)  # (domain, msgctxt, msgid): missing, empty or fuzzy
    mismatches: list = field(default_factory=list)  # (domain, msgid, source placeholders, translated ones)
    unused: list = field(default_factory=list)  # (domain, msgctxt, msgid) in ours but in no package
    msgfmt_errors: list = field(default_factory=list)  # (path, stderr)

    @property
    def translated(self):
        return sum(done for done, _ in self.coverage.values())

    @property
    def total(self):
        return sum(total for _, total in self.coverage.values())

    @property
    def ok(self):
        return not (self.untranslated or self.mismatches or self.msgfmt_errors)


def keys(path):
    return [(e.msgctxt, e.msgid) for e in polib.pofile(str(path)) if not e.obsolete]


def required_messages():
    """Yield (package, domain, message keys) for every message an editor can meet in the admin.

    That is every message of the pinned Wagtail and wagtail-localize apps (their `en` catalogues),
    plus Django's own messages that Django's Vietnamese catalogue leaves untranslated (time since,
    form and model validation errors).
    """
    for name in PACKAGES:
        base = Path(importlib.util.find_spec(name).origin).parent
        for path in sorted(base.rglob("locale/en/LC_MESSAGES/*.po")):
            app = path.parents[3].relative_to(base.parent).as_posix().replace("/", ".")
            if ".test" not in app:
                yield f"{app} ({path.stem})", path.stem, keys(path)
    django = Path(importlib.util.find_spec("django").origin).parent / "conf" / "locale"
    upstream = {
        (e.msgctxt, e.msgid)
        for e in polib.pofile(str(django / "vi" / "LC_MESSAGES" / "django.po"))
        if is_translated(e) and not e.obsolete
    }
    gaps = [key for key in keys(django / "en" / "LC_MESSAGES" / "django.po") if key not in upstream]
    yield "django (missing from Django's vi)", "django", gaps


def translations(entry):
    """The msgstr(s) of an entry: one per plural form, or the single msgstr."""
    return [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)] if entry.msgid_plural else [entry.msgstr]


def is_translated(entry):
    return entry is not None and "fuzzy" not in entry.flags and all(t.strip() for t in translations(entry))


def run_msgfmt(paths):
    """`msgfmt --check` on each file; returns (path, error output) for each failure."""
    errors = []
    for path in paths:
        result = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True, check=False
        )
        if result.returncode:
            errors.append((path, result.stderr.strip()))
    return errors


def check(locale=LOCALE):
    """Compare the packages' message ids with our catalogue and check every .po file under locale/."""
    report = Report(versions={dist: version(dist) for dist in VERSIONS.values()})
    ours = {}
    for domain in DOMAINS:
        path = locale / "wagtail" / "vi" / "LC_MESSAGES" / f"{domain}.po"
        ours[domain] = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if not e.obsolete}
    used = {domain: set() for domain in DOMAINS}
    for package, domain, messages in required_messages():
        used[domain].update(messages)
        done = [key for key in messages if is_translated(ours[domain].get(key))]
        report.coverage[package] = (len(done), len(messages))
        report.untranslated += [(domain, *key) for key in messages if key not in done]
    for domain in DOMAINS:
        for key, entry in ours[domain].items():
            if key not in used[domain]:
                report.unused.append((domain, *key))
                continue
            source = placeholders(entry.msgid_plural or entry.msgid)
            for text in translations(entry):
                if text.strip() and placeholders(text) != source:
                    report.mismatches.append((domain, entry.msgid, source, placeholders(text)))
    report.untranslated = sorted(set(report.untranslated), key=str)
    report.msgfmt_errors = run_msgfmt(sorted(locale.rglob("*.po")))
    return report


def percent(done, total):
    return f"{done}/{total} ({100 * done / total:.1f} %)" if total else "0/0"


def main():
    report = check()
    print("Vietnamese admin catalogue for " + ", ".join(f"{d} {v}" for d, v in report.versions.items()))
    for package, (done, total) in report.coverage.items():
        print(f"  {package:<50} {percent(done, total)}")
    for dist in PACKAGES:
        rows = [v for k, v in report.coverage.items() if k.split(".")[0].split(" ")[0] == dist]
        print(f"  {PACKAGES[dist] + ' (all apps)':<50} {percent(sum(d for d, _ in rows), sum(t for _, t in rows))}")
    print(f"  {'total':<50} {percent(report.translated, report.total)}")
    for domain, msgctxt, msgid in report.untranslated:
        print(f"NEW or UNTRANSLATED [{domain}] {msgctxt + ' | ' if msgctxt else ''}{msgid!r}")
    for domain, msgid, source, text in report.mismatches:
        print(f"PLACEHOLDERS [{domain}] {msgid!r}: source {source}, translation {text}")
    for path, error in report.msgfmt_errors:
        print(f"MSGFMT {path.relative_to(ROOT)}:\n{error}")
    for domain, msgctxt, msgid in report.unused:
        print(f"no longer used by the packages (can go) [{domain}] {msgctxt + ' | ' if msgctxt else ''}{msgid!r}")
    print("catalogue check: " + ("OK" if report.ok else "FAILED"))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
