"""`make bench`: one table for the public pages in Vietnamese and English.

For each page: requests per second and p50/p95/p99 (wrk on loopback) from gunicorn with
production settings on PostgreSQL, uncached (`PAGE_CACHE_ENABLED=False`: every request renders
the page; the site chrome, the cards and the page fragments stay kept, as in production; see
docs/decisions/0034) and cached (Django's page cache, then the nginx front cache in front of
it); queries of an uncached render (and "cold": every cache empty, so the chrome, cards and
fragments are rendered too); bytes of the HTML (and gzipped); and the front cache's rate against
nginx serving the same HTML saved to disk.
BENCH_SECONDS (default 5) per figure, BENCH_CONNECTIONS (default 16).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import (  # noqa: E402
    PYTHON,
    ROOT,
    WORKERS,
    ensure_wrk,
    fetch,
    gunicorn,
    log,
    nginx,
    postgres,
    prepare,
    production_env,
    wrk,
)

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
LANGUAGES = ("vi", "en")
KINDS = ("home", "listing", "campaign", "story", "directive", "search", "404")


def run(url, path):
    wrk(url + path, 1, CONNECTIONS)  # each worker's first renders (cold fragments, imports) are not timed
    return wrk(url + path, SECONDS, CONNECTIONS)


def latency(figures):
    return "/".join(f"{figures[key] / 1000:.0f}" for key in ("p50_us", "p95_us", "p99_us"))


def main():
    ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-", dir="/tmp"))
    workdir.chmod(0o755)
    with postgres(workdir) as database_url:
        env = production_env(workdir, database_url)
        prepare(env)
        pages = json.loads(
            subprocess.run([PYTHON, "bench/pages.py"], cwd=ROOT, env=env, check=True, capture_output=True).stdout
        )
        saved = workdir / "saved"
        rows = []
        uncached_env = {**env, "PAGE_CACHE_ENABLED": "False"}
        with gunicorn(uncached_env) as uncached, gunicorn(env) as cached, nginx(workdir, cached, saved) as front:
            for code in LANGUAGES:
                for kind in KINDS:
                    page = pages[code].get(kind)
                    if page is None:
                        continue
                    path = page["path"]
                    log(f"{code} {kind} {path}")
                    status, _, body = fetch(cached + path)
                    target = saved / code / kind
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(body)
                    fetch(front + path)  # fill the front cache
                    rows.append(
                        {
                            "page": f"{kind} ({code})",
                            "status": status,
                            "uncached": run(uncached, path),
                            "django": run(cached, path),
                            "front": run(front, path),
                            "disk": run(front, f"/saved/{code}/{kind}"),
                            **page,
                        }
                    )
        print_table(rows)
    shutil.rmtree(workdir, ignore_errors=True)


def print_table(rows):
    load = os.getloadavg()[0]
    print(
        f"\nwrk {SECONDS}s x {CONNECTIONS} connections on loopback; gunicorn {WORKERS} sync workers, "
        f"production settings, PostgreSQL; load average at the end {load:.1f} on {os.cpu_count()} cores "
        "(a shared machine: figures are noisy)."
    )
    print(
        "rps: requests per second; ms: p50/p95/p99 latency; django: the app's page cache; "
        "front: nginx proxy_cache; disk: nginx serving the same HTML saved to a file"
    )
    columns = [
        ("page", 16),
        ("status", 7),
        ("uncached rps", 13),
        ("ms", 16),
        ("django rps", 11),
        ("ms", 14),
        ("front rps", 10),
        ("ms", 10),
        ("disk rps", 9),
        ("front/disk", 11),
        ("queries", 8),
        ("cold", 5),
        ("bytes", 7),
        ("gzip", 6),
    ]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    for row in rows:
        u, d, f, k = row["uncached"], row["django"], row["front"], row["disk"]
        values = [
            row["page"],
            row["status"],
            f"{u['rps']:.0f}",
            latency(u),
            f"{d['rps']:.0f}",
            latency(d),
            f"{f['rps']:.0f}",
            latency(f),
            f"{k['rps']:.0f}",
            f"{f['rps'] / k['rps']:.2f}" if k["rps"] else "-",
            row["queries"],
            row["queries_cold"],
            row["bytes"],
            row["gzip_bytes"],
        ]
        print(" ".join(f"{value:>{width}}" for value, (_, width) in zip(values, columns, strict=True)))
    errors = sum(row[mode]["errors"] for row in rows for mode in ("uncached", "django", "front", "disk"))
    print(f"errors (transport, 5xx, unexpected 4xx): {errors}")


if __name__ == "__main__":
    main()
