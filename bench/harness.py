"""What the benchmarks share: the services (PostgreSQL, Elasticsearch, gunicorn with production
settings, the nginx front cache) started for the run and always stopped, and wrk on loopback.

`make bench` (bench/speed.py) and `make bench-load` (bench/load.py) both build on it. A service
named by the environment (DATABASE_URL, ELASTICSEARCH_URL) is used instead of starting one.
"""

import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))


def log(message):
    print(message, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def started_line(command, env):
    """Run a start script and return the KEY=VALUE line it prints."""
    output = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    key, _, value = output.strip().splitlines()[-1].partition("=")
    return value


@contextlib.contextmanager
def postgres(workdir):
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    env = {**os.environ, "TMPDIR": str(workdir), "PG_STATE_FILE": str(workdir / "postgres.state")}
    url = started_line([ROOT / "scripts/postgres.sh", "start"], env)
    try:
        yield url
    finally:
        subprocess.run([ROOT / "scripts/postgres.sh", "stop"], env=env, check=False)


@contextlib.contextmanager
def elasticsearch(workdir):
    if os.environ.get("ELASTICSEARCH_URL"):
        yield os.environ["ELASTICSEARCH_URL"]
        return
    home = Path(tempfile.mkdtemp(prefix="portal-bench-es.", dir="/tmp"))
    home.chmod(0o755)  # as root the node runs as nobody, who must enter it
    env = {**os.environ, "ES_HOME": str(home), "ES_PORT": str(free_port())}
    try:
        yield started_line([ROOT / "services/elasticsearch/es.sh", "start"], env)
    finally:
        subprocess.run([ROOT / "services/elasticsearch/es.sh", "stop"], env=env, check=False, capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


def production_env(workdir, database_url, **extra):
    """The environment of a production deployment on loopback (no TLS, so no HTTPS redirect)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "False",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "DATABASE_URL": database_url,
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "PAGE_CACHE_URL": f"filecache://{workdir / 'page-cache'}",
        **extra,
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare(env):
    """Schema, demo content and static files, as a deployment has them."""
    log("migrating, loading the demo content, collecting static files…")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v0")


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@contextlib.contextmanager
def gunicorn(env, workers=WORKERS):
    """gunicorn as production runs it: `workers` sync workers, the app loaded once."""
    port = free_port()
    command = [
        PYTHON.parent / "gunicorn",
        "portal.wsgi",
        f"--workers={workers}",
        f"--bind=127.0.0.1:{port}",
        "--preload",
        "--graceful-timeout=10",
        "--log-level=warning",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        wait_for(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def nginx(workdir, upstream, saved=None):
    """The front cache (services/nginx/) in front of `upstream`, serving `saved` under /saved/."""
    port = free_port()
    env = {
        **os.environ,
        "NGINX_HOME": str(workdir / "nginx"),
        "NGINX_PORT": str(port),
        "NGINX_UPSTREAM": upstream.removeprefix("http://"),
        "NGINX_SAVED": str(saved or ""),
    }
    url = started_line([ROOT / "services/nginx/nginx.sh", "start"], env)
    try:
        wait_for(url + "/")
        yield url
    finally:
        subprocess.run([ROOT / "services/nginx/nginx.sh", "stop"], env=env, check=False)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    log("installing wrk from Debian's packages…")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], env=env, check=False).returncode:
        subprocess.run(["apt-get", "update", "-q"], env=env, check=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], env=env, check=True)


def wrk(url, seconds, connections, paths=(), threads=2):
    """Run wrk against `url` (or the mix of `paths` on its host); its figures as a dict."""
    command = [
        "wrk",
        f"--threads={min(threads, connections)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=10s",
        f"--script={ROOT / 'bench/wrk.lua'}",
        url,
    ]
    if paths:
        command += ["--", *paths]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK "))
    figures = json.loads(line[4:])
    seconds_run = figures["duration_us"] / 1e6
    figures["rps"] = figures["requests"] / seconds_run if seconds_run else 0.0
    transport = figures["connect"] + figures["read"] + figures["write"] + figures["timeout"]
    figures["errors"] = transport + figures["status"] - figures["not_found"]  # 5xx and unexpected 4xx
    return figures


def fetch(url, headers=None):
    """Status, headers and body of one GET, without raising on 4xx/5xx."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
