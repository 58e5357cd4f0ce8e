"""`make bench-load`: the load test of the production stack (issue 7).

gunicorn with production settings on PostgreSQL and Elasticsearch, behind nothing (the app's
own page cache on, as deployed), wrk on loopback for LOAD_SECONDS (60) at LOAD_CONNECTIONS (32)
over a mix of home, listings and detail pages in three languages, search and a 404. Prints
requests per second, p50/p95/p99 and the error count (transport errors, 5xx, unexpected
4xx), which must be 0: the exit status says so.
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
    elasticsearch,
    ensure_wrk,
    fetch,
    gunicorn,
    log,
    postgres,
    prepare,
    production_env,
    wrk,
)

SECONDS = int(os.environ.get("LOAD_SECONDS", "60"))
CONNECTIONS = int(os.environ.get("LOAD_CONNECTIONS", "32"))


def main():
    ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="portal-load-", dir="/tmp"))
    workdir.chmod(0o755)
    with postgres(workdir) as database_url, elasticsearch(workdir) as elasticsearch_url:
        env = production_env(workdir, database_url, ELASTICSEARCH_URL=elasticsearch_url)
        prepare(env)
        subprocess.run([PYTHON, "manage.py", "update_index"], cwd=ROOT, env=env, check=True, capture_output=True)
        pages = json.loads(
            subprocess.run([PYTHON, "bench/pages.py"], cwd=ROOT, env=env, check=True, capture_output=True).stdout
        )
        paths = [page["path"] for kinds in pages.values() for page in kinds.values()]
        with gunicorn(env) as url:
            for path in paths:
                status, _, _ = fetch(url + path)
                expected = 404 if "khong-co-trang-nay" in path else 200
                if status != expected:
                    raise SystemExit(f"{path} answered {status} before the load test")
            log(f"{len(paths)} paths, {SECONDS}s at {CONNECTIONS} connections…")
            figures = wrk(url, SECONDS, CONNECTIONS, paths=paths)
    shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"load test: {len(paths)} paths (home, listing, campaign, story, directive, search, 404 in vi, en, zh-hans), "
        f"{SECONDS}s x {CONNECTIONS} connections, gunicorn {WORKERS} workers, PostgreSQL and Elasticsearch; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine)"
    )
    print(
        f"requests {figures['requests']}  rps {figures['rps']:.0f}  "
        f"p50 {figures['p50_us'] / 1000:.0f} ms  p95 {figures['p95_us'] / 1000:.0f} ms  "
        f"p99 {figures['p99_us'] / 1000:.0f} ms  404s {figures['not_found']}  errors {figures['errors']}"
    )
    if figures["errors"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
