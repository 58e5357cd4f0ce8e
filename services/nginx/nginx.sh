#!/usr/bin/env bash
# Run the front cache (portal.conf.in) from Debian's nginx, as an ordinary process.
#   services/nginx/nginx.sh start   -> prints FRONTEND_CACHE_URL=http://127.0.0.1:PORT
#   services/nginx/nginx.sh stop
# Environment: NGINX_HOME (state folder, default services/nginx/.run), NGINX_PORT (default 8080),
# NGINX_UPSTREAM (gunicorn's host:port, default 127.0.0.1:8000), NGINX_SAVED (optional folder served
# as plain files under /saved/, for the benchmark's "nginx from disk" figure).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
NGINX_HOME=${NGINX_HOME:-$HERE/.run}
NGINX_PORT=${NGINX_PORT:-8080}
NGINX_UPSTREAM=${NGINX_UPSTREAM:-127.0.0.1:8000}

install_nginx() {
  [ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] && return
  if [ "$(id -u)" != 0 ]; then
    echo "nginx is missing; as root: apt-get install nginx-light libnginx-mod-http-cache-purge" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q nginx-light libnginx-mod-http-cache-purge >&2 \
    || { apt-get update -q >&2 && apt-get install -y -q nginx-light libnginx-mod-http-cache-purge >&2; }
}

start() {
  install_nginx
  mkdir -p "$NGINX_HOME"/tmp "$NGINX_HOME"/cache
  local extra=""
  if [ -n "${NGINX_SAVED:-}" ]; then
    extra="    location /saved/ { alias ${NGINX_SAVED%/}/; default_type text/html; add_header X-Front-Cache DISK; }"
  fi
  sed -e "s|@HOME@|$NGINX_HOME|g" -e "s|@UPSTREAM@|$NGINX_UPSTREAM|g" -e "s|@LISTEN@|127.0.0.1:$NGINX_PORT|g" \
    -e "s|@PURGE_FROM@|${NGINX_PURGE_FROM:+allow $NGINX_PURGE_FROM;}|" -e "s|@EXTRA@|$extra|" "$HERE/portal.conf.in" >"$NGINX_HOME/nginx.conf"
  # As root, nginx's workers would switch to nobody, who may not enter a private state folder
  # (a test's temporary one): keep them as the user who started it.
  local as_user=()
  [ "$(id -u)" = 0 ] && as_user=(-g "user root;")
  /usr/sbin/nginx -c "$NGINX_HOME/nginx.conf" -p "$NGINX_HOME" "${as_user[@]}" >&2
  echo "FRONTEND_CACHE_URL=http://127.0.0.1:$NGINX_PORT"
}

stop() {
  if [ -f "$NGINX_HOME/nginx.pid" ]; then
    kill "$(cat "$NGINX_HOME/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 50); do [ -f "$NGINX_HOME/nginx.pid" ] || break; sleep 0.1; done
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
