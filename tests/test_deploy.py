"""The production image and stack, checked without a Docker engine: the files say what the issue asks."""

import re
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_dockerfile_passes_hadolint():
    result = subprocess.run([BIN / "hadolint", "Dockerfile"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_file_is_valid_against_the_compose_specification():
    result = subprocess.run(
        [BIN / "check-jsonschema", "--builtin-schema", "vendor.compose-spec", "docker-compose.yml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_is_multi_stage_non_root_with_a_health_check():
    text = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", text, re.M)) == 2
    user = re.findall(r"^USER (\S+)", text, re.M)
    assert user and not user[-1].startswith(("root", "0"))
    assert text.index("COPY requirements.txt") < text.index("COPY . .")
    assert "compilemessages" in text and "collectstatic" in text
    assert re.search(r"^HEALTHCHECK .*ops\.healthcheck", text, re.M)
    assert re.search(r'^CMD \["gunicorn"', text, re.M)


def test_stack_has_its_services_and_named_volumes_and_no_secret_in_it():
    compose = YAML(typ="safe").load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"db", "search", "cache", "app", "scheduler", "web"} <= set(services)
    assert services["db"]["image"].startswith("postgres:15")
    assert ":8.14" in services["search"]["image"]
    assert services["scheduler"]["command"][-1] == "run_scheduler"
    assert {"pgdata", "esdata", "media"} <= set(compose["volumes"])
    for name, service in services.items():
        for key, value in (service.get("environment") or {}).items():
            if re.search(r"PASSWORD|SECRET|KEY", key):
                assert str(value).startswith("${"), (name, key)
    assert "app" not in {p.split(":")[0] for p in services["app"].get("ports", [])}


def test_env_example_has_no_real_secret():
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        if re.search(r"PASSWORD|SECRET|_KEY|KEY_ID", key):
            assert value == "", key


def test_front_proxy_serves_renditions_only_never_originals_or_documents():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    aliases = re.findall(r"alias (\S+);", conf)
    assert aliases == ["/srv/media/images/"]
    assert re.search(r"location /media/ \{\s*return 404;", conf)
