"""Search benchmark: 10,000 pages in three languages on SQLite, PostgreSQL and Elasticsearch.

`make bench-search` runs it. The parent starts a throwaway PostgreSQL and Elasticsearch node
(scripts/postgres.sh, services/elasticsearch/es.sh; or uses DATABASE_URL/ELASTICSEARCH_URL
when set), then runs one worker per backend. Each worker generates the pages deterministically
(Vietnamese text from the guidance's own words; the Elasticsearch run reuses PostgreSQL's pages),
indexes them with a progress bar, times a fixed query set in-process through the search view's
own path (never kept: every query searches), then serves the site with gunicorn (2 workers) and
loads /search/ with wrk twice: with pages of results kept (search/result_cache.py; the query set
repeats, so after the warm-up every request is a kept one) and with them off (every request
searches).
Figures only: nothing here asserts a time. Stock Wagtail 7.4.4 on such pages (design.md): 24-35 s
for a common word on SQLite; a full scan of the index table for every PostgreSQL query, p95
118 ms in-process, 8-10 requests per second over HTTP.
"""

import argparse
import datetime
import http.client
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import ensure_wrk, wrk  # noqa: E402

SEED = Path(os.environ.get("BENCH_SEED_TEXT", ROOT.parent / "shared" / "seed" / "huong-dan-thong-tin-doi-ngoai.md"))
PAGES = int(os.environ.get("BENCH_PAGES", "10000"))
HTTP_SECONDS = int(os.environ.get("BENCH_HTTP_SECONDS", "10"))
CONNECTIONS = 8
QUERIES = {
    "common word": ["của", "thông tin", "công tác"],
    "two words": ["du lịch", "biên giới", "quảng bá"],
    "place": ["Tam Đường", "tam duong", "Bình Lư", "Lai Châu"],
    "document number": ["57-KL/TW", "2013/QĐ-TTg", "kết luận 57"],
    "rare word": ["Pu Ta Leng", "xoè"],
    "no hit": ["xyzzy", "kubernetes"],
}
PLACES = ["Tam Đường", "Bình Lư", "Sơn Bình", "Bản Giang", "Hồ Thầu", "Nùng Nàng", "Lai Châu", "Đà Nẵng"]
ENGLISH = [
    "external",
    "information",
    "tourism",
    "border",
    "culture",
    "heritage",
    "investment",
    "people",
    "province",
    "district",
    "terraced",
    "rice",
    "fields",
    "tea",
    "hills",
    "market",
    "festival",
    "ethnic",
    "minority",
    "village",
    "road",
    "school",
    "clinic",
    "cooperation",
    "friendship",
    "neighbouring",
    "country",
    "delegation",
    "exchange",
    "visit",
    "campaign",
    "press",
    "television",
    "radio",
    "portal",
    "digital",
    "media",
]
CHINESE = list("对外信息旅游边境文化遗产投资人民省县梯田茶山市场节日民族村庄道路学校合作友谊邻国代表团交流访问宣传")


def log(message):
    print(message, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ----------------------------------------------------------------------------- worker


def vocabulary():
    words = re.findall(r"[^\W\d_]+", SEED.read_text(encoding="utf-8"))
    return [word.lower() for word in words if len(word) > 1] or ["thông", "tin"]


def sentence(rng, words, n):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


def generate(total):
    """Deterministic pages: 60 % Vietnamese, 20 % English, 20 % Chinese; a few rare words and
    the guidance's directives among them. Indexing is off meanwhile (it is timed apart)."""
    from django.db import transaction

    from campaigns.models import StoryPage

    if StoryPage.objects.exists():
        log("pages already generated")
        return
    with transaction.atomic():  # one commit: SQLite would otherwise sync the file for every statement
        _generate(total)


def _generate(total):
    from wagtail.models import Locale, Page, Site

    from campaigns.models import Body, DirectiveIndexPage, DirectiveSummaryPage, StoryIndexPage, StoryPage
    from home.models import HomePage

    rng = random.Random(20240615)
    words = vocabulary()
    root = Page.get_first_root_node()
    body = Body.objects.create(name="Bộ Chính trị", locale=Locale.get_default())
    shares = {"vi": 0.6, "en": 0.2, "zh-hans": 0.2}
    made = 0
    default = Locale.get_default()
    for code, share in shares.items():
        locale = Locale.objects.get(language_code=code)
        # Built in the default locale and moved below: these are unrelated pages, not translations.
        home = root.add_child(instance=HomePage(title=f"Trang chủ {code}", slug=f"home-{code}", locale=default))
        if code == "vi":
            Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
        stories = home.add_child(instance=StoryIndexPage(title="Câu chuyện", slug="cau-chuyen", locale=default))
        directives = home.add_child(instance=DirectiveIndexPage(title="Văn bản", slug="van-ban", locale=default))
        count = int(total * share)
        for n in range(count):
            if code == "vi":
                title = sentence(rng, words, rng.randint(5, 9))[:-1]
                if n % 7 == 0:
                    title += " ở " + rng.choice(PLACES)
                lead = sentence(rng, words, rng.randint(12, 25))
                text = " ".join(sentence(rng, words, rng.randint(8, 20)) for _ in range(rng.randint(4, 10)))
                if n % 1500 == 0:
                    text += " Đỉnh Pu Ta Leng. Điệu xoè."
            else:
                pool = ENGLISH if code == "en" else CHINESE
                joiner = " " if code == "en" else ""
                title = joiner.join(rng.choice(pool) for _ in range(rng.randint(4, 8)))
                lead = joiner.join(rng.choice(pool) for _ in range(rng.randint(12, 25)))
                text = joiner.join(rng.choice(pool) for _ in range(rng.randint(60, 150)))
            if code == "vi" and n % 25 == 0:
                number = "57-KL/TW" if n == 0 else ("2013/QĐ-TTg" if n == 25 else f"{n}-KL/TW")
                page = DirectiveSummaryPage(
                    title=f"Kết luận số {number} {title}"[:255],
                    slug=f"van-ban-{n}",
                    document_number=number,
                    kind="quyet-dinh" if "QĐ" in number else "ket-luan",
                    issuer=body,
                    date_issued=datetime.date(2013 + n % 12, 1 + n % 12, 1),
                    subject=title,
                    lead=lead,
                    summary=f"<p>{text}</p>",
                    locale=default,
                    live=True,
                )
                directives.add_child(instance=page)
            else:
                page = StoryPage(
                    title=title[:255],
                    slug=f"cau-chuyen-{n}",
                    category="tourism",
                    lead=lead[:600],
                    date=datetime.date(2015 + n % 10, 1 + n % 12, 1 + n % 28),
                    locale=default,
                    live=True,
                    body=json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}]),
                )
                stories.add_child(instance=page)
            made += 1
            if made % 250 == 0:
                progress("generating", made, total)
        Page.objects.filter(path__startswith=home.path).update(locale=locale)
    progress("generating", made, total, finished=True)


def progress(label, count, total, finished=False):
    width = 30
    filled = int(width * count / max(total, 1))
    sys.stderr.write(f"\r  {label:<16} [{'#' * filled}{'.' * (width - filled)}] {count}/{total}")
    if finished:
        sys.stderr.write("\n")
    sys.stderr.flush()


def index_all(names):
    """Rebuilds the named backends' indexes, pages in chunks of 500, with a progress bar."""
    from modelsearch.backends import get_search_backend
    from modelsearch.index import get_indexed_models
    from wagtail.models import Page

    models = [model for model in get_indexed_models() if issubclass(model, Page)]
    total = sum(
        model.get_indexed_objects().filter(content_type__model=model._meta.model_name).count() for model in models
    )
    started = time.perf_counter()
    for name in names:
        backend = get_search_backend(name)
        index = backend.get_index_for_model(Page)
        rebuilder = backend.rebuilder_class(index)
        index = rebuilder.start()
        for model in models:
            index.add_model(model)
        done = 0
        for model in models:
            objects = model.get_indexed_objects().filter(content_type__model=model._meta.model_name).order_by("pk")
            pks = list(objects.values_list("pk", flat=True))
            for start in range(0, len(pks), 500):
                chunk = list(objects.filter(pk__in=pks[start : start + 500]))
                index.add_items(model, chunk)
                done += len(chunk)
                progress(f"index {name}", done, total)
        progress(f"index {name}", done, total, finished=True)
        rebuilder.finish()
    analyze()
    return time.perf_counter() - started


def analyze():
    """Fresh planner statistics after a bulk load, as autovacuum would gather a little later:
    without them PostgreSQL guesses how many pages a word matches and may scan the whole index."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def in_process(repeat=5):
    from django.db import connection
    from wagtail.models import Locale, Page

    from search import service, text

    vi = Locale.objects.get(language_code="vi")
    queryset = Page.objects.live().public().filter(locale=vi)
    samples, worst = [], {}
    for category, queries in QUERIES.items():
        for query in queries:
            cleaned = text.clean_query(query)
            service.search_page(cleaned, queryset)  # warm
            for _ in range(repeat):
                started = time.perf_counter()
                page = service.search_page(cleaned, queryset)
                elapsed = (time.perf_counter() - started) * 1000
                samples.append(elapsed)
                worst[category] = max(worst.get(category, 0), elapsed)
            log(f"  {query!r}: {page.paginator.count if page else 0} results, {elapsed:.1f} ms")
    connection.close()
    return samples, worst


def same_as_stock():
    """Our database backend subclasses against stock modelsearch: the same pages, in the same order."""
    from django.db import connection
    from modelsearch.backends.database import SearchBackend as stock_backend
    from wagtail.models import Locale, Page

    from search import service, text
    from search.conf import MAX_RESULTS

    ours = service.backend("default" if "fallback" not in service.backend_names() else "fallback")
    stock = stock_backend({"SEARCH_CONFIG": "simple"})
    queryset = Page.objects.live().public().filter(locale=Locale.objects.get(language_code="vi"))
    same = checked = 0
    for category, queries in QUERIES.items():
        if connection.vendor == "sqlite" and category in ("common word", "two words"):
            continue  # stock takes tens of seconds per query here
        for query in queries:
            terms = text.query_terms(text.clean_query(query))
            for method in ("search", "autocomplete"):
                theirs = getattr(stock, method)(terms, queryset, operator="and")
                if connection.vendor == "postgresql" and theirs.count() > MAX_RESULTS:
                    continue  # PostgreSQL ranks only the newest MAX_RESULTS matches (docs/decisions/0006)
                theirs = [page.pk for page in theirs[:20]]
                mine = [page.pk for page in getattr(ours, method)(terms, queryset, operator="and")[:20]]
                checked += 1
                same += mine == theirs
    return f"{same}/{checked}"


def http_load(port):
    """Requests per second and latency through /search/ with wrk (the query set in turn, over
    CONNECTIONS keep-alive connections); wrk, written in C, leaves the cores to the server."""
    paths = [f"/search/?{urllib.parse.urlencode({'q': q})}" for queries in QUERIES.values() for q in queries]
    warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for path in paths * 2:  # both workers load their code and templates before the clock starts
        warm.request("GET", path, headers={"Host": "localhost"})
        warm.getresponse().read()
    warm.close()
    figures = wrk(f"http://127.0.0.1:{port}", HTTP_SECONDS, CONNECTIONS, paths=paths)
    return figures["rps"], figures["p50_us"] / 1000, figures["p99_us"] / 1000, figures["errors"]


def serve_and_load(**overrides):
    port = free_port()
    env = dict(os.environ, **overrides)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--timeout",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        return http_load(port)
    finally:
        server.terminate()
        server.wait(timeout=30)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


def worker(label):
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    names = list(settings.WAGTAILSEARCH_BACKENDS)
    indexed_names = names if label != "Elasticsearch" else ["default"]
    for config in settings.WAGTAILSEARCH_BACKENDS.values():
        config["AUTO_UPDATE"] = False  # generation is not timed; indexing is, below
    generate(PAGES)
    for config in settings.WAGTAILSEARCH_BACKENDS.values():
        config["AUTO_UPDATE"] = True
    seconds = index_all(indexed_names)
    samples, worst = in_process()
    stock = same_as_stock() if label != "Elasticsearch" else "n/a"
    # The cache of kept results is this run's own: another database's results must not answer.
    with tempfile.TemporaryDirectory(prefix="bench-search-cache-") as cache_dir:
        kept = serve_and_load(PAGE_CACHE_URL=f"filecache://{cache_dir}")
        cold = serve_and_load(PAGE_CACHE_URL=f"filecache://{cache_dir}", SEARCH_CACHE_SECONDS="0")
    print(
        json.dumps(
            {
                "label": label,
                "index_s": seconds,
                "p50": percentile(samples, 50),
                "p95": percentile(samples, 95),
                "p99": percentile(samples, 99),
                "worst": max(samples),
                "worst_by_kind": worst,
                "http": {"kept": kept, "cold": cold},
                "same_as_stock": stock,
            }
        )
    )


# ----------------------------------------------------------------------------- parent


def run_worker(label, env):
    log(f"== {label}")
    done = subprocess.run(
        [sys.executable, __file__, "--worker", label], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    if done.returncode != 0:
        log(f"{label}: worker failed ({done.returncode})")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    ensure_wrk()
    base = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DJANGO_DEBUG="false",
        DJANGO_LOG_LEVEL="ERROR",
        PYTHONPATH=str(ROOT),
    )
    base.pop("ELASTICSEARCH_URL", None)
    started = []
    pg_state = "/tmp/bench-search-pg.state"
    es_env = dict(os.environ, ES_PORT=str(free_port()), ES_HOME="/tmp/bench-search-es")
    try:
        database_url = os.environ.get("BENCH_DATABASE_URL")
        if not database_url:
            line = subprocess.run(
                [ROOT / "scripts" / "postgres.sh", "start"],
                env=dict(os.environ, PG_STATE_FILE=pg_state),
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            database_url = line.partition("=")[2]
            started.append("pg")
        es_url = os.environ.get("ELASTICSEARCH_URL")
        if not es_url:
            line = subprocess.run(
                [ROOT / "services" / "elasticsearch" / "es.sh", "start"],
                env=es_env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            es_url = line.partition("=")[2]
            started.append("es")
        wanted = os.environ.get("BENCH_BACKENDS", "SQLite,PostgreSQL,Elasticsearch").split(",")
        sqlite_path = Path("/tmp/bench-search.sqlite3")
        if "SQLite" in wanted:
            sqlite_path.unlink(missing_ok=True)
        runs = {
            "SQLite": dict(base, DATABASE_URL=f"sqlite:///{sqlite_path}"),
            "PostgreSQL": dict(base, DATABASE_URL=database_url),
            "Elasticsearch": dict(
                base, DATABASE_URL=database_url, ELASTICSEARCH_URL=es_url, ELASTICSEARCH_INDEX_PREFIX="bench_"
            ),
        }
        rows = [run_worker(label, env) for label, env in runs.items() if label in wanted]
    finally:
        if "es" in started:
            subprocess.run([ROOT / "services" / "elasticsearch" / "es.sh", "stop"], env=es_env, capture_output=True)
        if "pg" in started:
            subprocess.run(
                [ROOT / "scripts" / "postgres.sh", "stop"],
                env=dict(os.environ, PG_STATE_FILE=pg_state),
                capture_output=True,
            )
    print(f"\nSearch on {PAGES:,} pages (vi 60 %, en 20 %, zh-Hans 20 %); in-process = the view's search path;")
    print(f"HTTP = gunicorn, 2 workers, wrk with {CONNECTIONS} connections for {HTTP_SECONDS:.0f} s, with pages of")
    print("results kept (the query set repeats) and with them off (every request searches).")
    print("Milliseconds unless said.\n")
    header = (
        "backend",
        "index s",
        "p50",
        "p95",
        "p99",
        "slowest",
        "req/s kept",
        "HTTP p50 / p99 kept",
        "req/s off",
        "HTTP p50 / p99 off",
        "errors",
        "same as stock (<= 600 matches)",
    )
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for row in rows:
        if row is None:
            continue
        print(
            " | ".join(
                [
                    row["label"],
                    f"{row['index_s']:.1f}",
                    f"{row['p50']:.1f}",
                    f"{row['p95']:.1f}",
                    f"{row['p99']:.1f}",
                    f"{row['worst']:.1f}",
                    f"{row['http']['kept'][0]:.0f}",
                    f"{row['http']['kept'][1]:.0f} / {row['http']['kept'][2]:.0f}",
                    f"{row['http']['cold'][0]:.0f}",
                    f"{row['http']['cold'][1]:.0f} / {row['http']['cold'][2]:.0f}",
                    str(row["http"]["kept"][3] + row["http"]["cold"][3]),
                    row["same_as_stock"],
                ]
            )
        )
    print("\nTargets: p95 <= 50 ms (Elasticsearch, PostgreSQL), <= 100 ms (SQLite); >= 100 req/s on PostgreSQL;")
    print("no query holds a worker over 1 s. Stock Wagtail 7.4.4: SQLite 24-35 s for a common word; PostgreSQL")
    print("p95 118 ms in-process and 8-10 req/s.")
    return 0 if all(rows) else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if arguments.worker:
        worker(arguments.worker)
    else:
        sys.exit(main())
