"""deploy/ holds what a real server needs (docs/deployment.md): the environment file names every variable the
settings read, and the units and nginx send requests where the other files expect them."""

import re
from pathlib import Path

from django.conf import settings

DEPLOY = Path(settings.BASE_DIR) / "deploy"
SETTINGS_DIR = Path(settings.BASE_DIR) / "sso_site" / "settings"


def test_the_environment_example_lists_every_variable_the_settings_read():
    read = set()
    for module in SETTINGS_DIR.glob("*.py"):
        read |= set(re.findall(r'os\.environ\.get\(\s*"([A-Z0-9_]+)"', module.read_text()))
    listed = set(re.findall(r"^#?\s*([A-Z0-9_]+)=", (DEPLOY / "env.example").read_text(), re.M))
    assert read - listed == set()
    assert {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"} <= listed


def test_nginx_sends_pages_to_varnish_and_never_serves_documents_from_disk():
    conf = (DEPLOY / "nginx" / "sso-web.conf").read_text()
    assert re.search(r"upstream sso_varnish \{\s*server 127\.0\.0\.1:6081;", conf)
    assert "-a 127.0.0.1:6081" in (DEPLOY / "systemd" / "varnish.service.d" / "sso-web.conf").read_text()
    assert "location /media/documents/" not in conf
    assert re.search(r"location /media/ \{\s*return 404;", conf)


def test_each_app_server_unit_listens_on_its_instance_port():
    unit = (DEPLOY / "systemd" / "sso-web@.service").read_text()
    assert "--bind 0.0.0.0:%i" in unit
    assert "EnvironmentFile=/etc/sso-web/env" in unit


def test_nginx_refuses_purges_from_outside_because_varnish_cannot_tell_who_sent_them():
    for conf in (DEPLOY / "nginx" / "sso-web.conf", DEPLOY / "varnish" / "serve-nginx.conf"):
        front = conf.read_text().split("proxy_pass http://", 1)[0].rsplit("location / {", 1)[1]
        assert re.match(r"\s*(#.*\n\s*)*if \(\$request_method = PURGE\) \{\s*return 405;", front), conf
