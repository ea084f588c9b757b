#!/usr/bin/env bash
# Serve the site with gunicorn (2 sync workers, production settings) and load it with wrk over loopback.
# Comparable with the peer baseline in ../shared/STACK-NOTES.md (bakerydemo: home 30–40 req/s uncached).
#
#   bench/serve_load.sh            # uses the database seeded by bench/render_pages.py
# Needs Debian's wrk (apt-get install wrk). Only 127.0.0.1 is ever loaded; each run lasts DURATION seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8765}
DURATION=${DURATION:-10}
export DJANGO_SETTINGS_MODULE=sso_site.settings.production
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(60))')}
export DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_SECURE_SSL_REDIRECT=0
export DATABASE_URL=${DATABASE_URL:-sqlite:////tmp/sso-bench.sqlite3}
export DJANGO_MEDIA_ROOT=${DJANGO_MEDIA_ROOT:-/tmp/sso-bench-media}
trap 'kill $(cat /tmp/sso-bench-gunicorn.pid) 2>/dev/null || true' EXIT

[ -f /tmp/sso-bench.sqlite3 ] || .venv/bin/python bench/render_pages.py --news 2000 --requests 1 >/dev/null
.venv/bin/python manage.py collectstatic --noinput -v0
CSS=$(.venv/bin/python -c "import json; print(json.load(open('staticfiles/staticfiles.json'))['paths']['css/site.css'])")
.venv/bin/gunicorn sso_site.wsgi --bind "127.0.0.1:$PORT" --workers 2 --pid /tmp/sso-bench-gunicorn.pid \
  --daemon --error-logfile /tmp/sso-bench-gunicorn.log
for _ in $(seq 1 30); do curl -sf -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:$PORT/" && break; sleep 0.5; done

run() {
  local name=$1 path=$2
  local rps code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-Proto: https" "http://127.0.0.1:$PORT$path")
  [ "$code" = 200 ] || { echo "$name: HTTP $code, not measured"; return; }
  rps=$(wrk -t2 -c8 -d"${DURATION}s" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$PORT$path" \
        | awk '/Requests\/sec/ {print $2}')
  printf '%-28s %10s req/s\n' "$name" "$rps"
}
echo "gunicorn 2 sync workers, wrk -t2 -c8 -d${DURATION}s, $(nproc) cores"
run "home" "/"
run "news index (2000 items)" "/news/press-releases/"
run "news article" "/news/press-releases/bench-news-1/"
run "benefit page" "/benefits/social-security-fund/maternity/"
run "static css (whitenoise)" "/static/$CSS"
run "search" "/search/?q=%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B1%E0%B8%99%E0%B8%AA%E0%B8%B1%E0%B8%87%E0%B8%84%E0%B8%A1"
