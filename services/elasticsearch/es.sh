#!/usr/bin/env bash
# Run a real Elasticsearch 8.14.1 node on 127.0.0.1 for development and tests.
#
# Everything comes from Maven Central: Elastic's own "integ-test-zip"
# distribution (org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.14.1:zip),
# plus the small plugin in ./plugin (compiled here with javac) that adds the
# analysis components and the "GET /" endpoint that this distribution lacks.
# See README.md.
#
# Usage: es.sh fetch|start|stop|restart|status|url
#
# Environment:
#   ES_PORT           HTTP port (default 9201)
#   ES_HOME           state dir: unpacked distribution, config, data, logs, pid
#                     (default: <this dir>/.run)
#   ES_HEAP           JVM heap, used for both -Xms and -Xmx (default 512m)
#   ES_START_TIMEOUT  seconds to wait for yellow/green health (default 120)
#   MAVEN_REPO        Maven local repository (default: Maven's own, ~/.m2/repository)
#   ES_JAVA_HOME      JDK to run Elasticsearch with (default: a Java 17 JDK)
#   ES_RUN_AS         user to run the node as when invoked as root (default nobody);
#                     Elasticsearch refuses to run as root.
#   ES_EXTRA_JAVA_OPTS  extra JVM options for the node (optional)
#
# "start" prints ELASTICSEARCH_URL=http://127.0.0.1:PORT on stdout (everything
# else goes to stderr), so `eval "$(es.sh start)"` sets the variable.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ES_VERSION=8.14.1

ES_PORT="${ES_PORT:-9201}"
ES_HEAP="${ES_HEAP:-512m}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
STATE="${ES_HOME:-$HERE/.run}"
mkdir -p "$STATE"
STATE="$(cd "$STATE" && pwd -P)"

CP_FILE="$STATE/classpath.txt"          # output of mvn dependency:build-classpath
DIST_ROOT="$STATE/dist"
DIST="$DIST_ROOT/elasticsearch-$ES_VERSION"
CONF="$STATE/config"
DATA="$STATE/data"
LOGS="$STATE/logs"
RUN="$STATE/run"
TMPD="$STATE/tmp"
PID_FILE="$RUN/es.pid"                  # server JVM pid, written by Elasticsearch (-p)
LAUNCHER_PID_FILE="$RUN/launcher.pid"   # pid of the backgrounded launcher
LOG="$STATE/es.log"                     # launcher output (startup errors)
SERVER_LOG="$LOGS/es-dev.log"           # the node's own log (cluster.name es-dev)
URL="http://127.0.0.1:$ES_PORT"

die() { echo "es.sh: $*" >&2; exit 1; }
log() { echo "es.sh: $*" >&2; }

case "$ES_PORT" in ''|*[!0-9]*) die "ES_PORT must be a number, got '$ES_PORT'";; esac
case "$ES_START_TIMEOUT" in ''|*[!0-9]*) die "ES_START_TIMEOUT must be a number of seconds";; esac
[[ "$ES_HEAP" =~ ^[0-9]+[kKmMgG]?$ ]] || die "ES_HEAP must look like 512m or 1g, got '$ES_HEAP'"

# ----------------------------------------------------------------- fetching

classpath_ok() {
  [[ -s "$CP_FILE" ]] || return 1
  local f
  while IFS= read -r f; do
    [[ -n "$f" && -f "$f" ]] || return 1
  done < <(tr ':' '\n' < "$CP_FILE")
}

dist_zip() {
  tr ':' '\n' < "$CP_FILE" | grep -E "/elasticsearch-$ES_VERSION\.zip$" | head -n1
}

cmd_fetch() {
  if classpath_ok; then
    log "already fetched: $(dist_zip)"
  else
    command -v mvn >/dev/null || die "mvn not found (Maven is needed once to fetch the distribution)"
    local mvn_args=(-q -B -Dstyle.color=never -f "$HERE/pom.xml")
    [[ -n "${MAVEN_REPO:-}" ]] && mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO")
    log "resolving Elasticsearch $ES_VERSION with Maven (downloads about 90 MB from Maven Central the first time)..."
    rm -f "$CP_FILE.tmp"
    local out
    if ! out="$(mvn "${mvn_args[@]}" dependency:build-classpath "-Dmdep.outputFile=$CP_FILE.tmp" 2>&1)"; then
      printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' >&2
      die "maven failed to fetch the distribution"
    fi
    mv "$CP_FILE.tmp" "$CP_FILE"
    classpath_ok || die "maven finished but the artifacts listed in $CP_FILE are missing"
  fi
  prepare_dist
}

plugin_hash() {
  (cd "$HERE/plugin" && find . -type f \( -name '*.java' -o -name '*.properties' \) -print0 \
    | sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1
}

prepare_dist() {
  local zip; zip="$(dist_zip)"
  [[ -f "$zip" ]] || die "distribution zip not found in $CP_FILE"
  if [[ ! -f "$DIST/.unpacked" || "$(cat "$DIST/.unpacked")" != "$zip" ]]; then
    command -v unzip >/dev/null || die "unzip not found"
    log "unpacking $zip"
    rm -rf "$DIST_ROOT"; mkdir -p "$DIST_ROOT"
    unzip -q "$zip" -d "$DIST_ROOT.tmp.$$"
    mv "$DIST_ROOT.tmp.$$/elasticsearch-$ES_VERSION" "$DIST"
    rmdir "$DIST_ROOT.tmp.$$"
    chmod -R a+rX "$DIST_ROOT"
    echo "$zip" > "$DIST/.unpacked"
  fi
  local want; want="$(plugin_hash)"
  local pdir="$DIST/plugins/dev-extras"
  if [[ ! -f "$pdir/.hash" || "$(cat "$pdir/.hash")" != "$want" ]]; then
    pick_java
    local javac="$ES_JAVA_HOME/bin/javac"
    [[ -x "$javac" ]] || die "javac not found in $ES_JAVA_HOME (a JDK, not a JRE, is needed to build ./plugin)"
    log "building plugin dev-extras"
    local build="$STATE/build" srcs=()
    rm -rf "$build"; mkdir -p "$build/classes"
    mapfile -t srcs < <(find "$HERE/plugin/src" -name '*.java' | sort)
    "$javac" -nowarn --release 17 -encoding UTF-8 -cp "$DIST/lib/*" -d "$build/classes" "${srcs[@]}" >&2
    "$ES_JAVA_HOME/bin/jar" cf "$build/dev-extras-$ES_VERSION.jar" -C "$build/classes" .
    rm -rf "$pdir"; mkdir -p "$pdir"
    cp "$build/dev-extras-$ES_VERSION.jar" "$HERE/plugin/plugin-descriptor.properties" "$pdir/"
    echo "$want" > "$pdir/.hash"
    chmod -R a+rX "$pdir"
    rm -rf "$build"
  fi
}

# ------------------------------------------------------------------- java

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

pick_java() {
  [[ -n "${_JAVA_PICKED:-}" ]] && return 0
  local cand=()
  [[ -n "${ES_JAVA_HOME:-}" ]] && cand+=("$ES_JAVA_HOME")
  local d
  for d in /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/java-21-openjdk-*; do [[ -d "$d" ]] && cand+=("$d"); done
  [[ -n "${JAVA_HOME:-}" ]] && cand+=("$JAVA_HOME")
  if command -v java >/dev/null; then cand+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"); fi
  for d in "${cand[@]}"; do
    [[ -x "$d/bin/java" ]] || continue
    local m; m="$(java_major "$d")"
    # Elasticsearch 8.14 needs Java 17+ and still uses the SecurityManager,
    # which Java 24 removed.
    if [[ -n "$m" && "$m" -ge 17 && "$m" -le 23 ]]; then
      ES_JAVA_HOME="$d"; _JAVA_PICKED=1; return 0
    fi
    [[ -n "${ES_JAVA_HOME:-}" && "$d" == "$ES_JAVA_HOME" ]] && log "ignoring ES_JAVA_HOME=$d (Java $m; need 17..23)"
  done
  die "no suitable JDK found (need Java 17..23; set ES_JAVA_HOME)"
}

# ------------------------------------------------------------ process state

# pid from file if that process is alive and is our Elasticsearch/launcher.
live_pid() {
  local f="$1" pid
  [[ -s "$f" ]] || return 1
  pid="$(tr -dc '0-9' < "$f")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # guard against pid reuse: the command line must mention our distribution
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF "$DIST" || return 1
  echo "$pid"
}

server_pid() { live_pid "$PID_FILE"; }
launcher_pid() { live_pid "$LAUNCHER_PID_FILE"; }
is_running() { server_pid >/dev/null || launcher_pid >/dev/null; }

health() { # prints the health JSON if status is yellow or green
  local h
  h="$(curl -fsS -m 10 "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null)" || return 1
  [[ "$h" == *'"status":"green"'* || "$h" == *'"status":"yellow"'* ]] || return 1
  echo "$h"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

tail_logs() {
  # The node's own log if it got that far, else the launcher's output.
  local f="$LOG"
  [[ -s "$SERVER_LOG" && "$SERVER_LOG" -nt "$LOG" ]] && f="$SERVER_LOG"
  echo "----- last 50 lines of $f -----" >&2
  tail -n 50 "$f" >&2 2>/dev/null || true
  if [[ "$f" != "$LOG" ]] && grep -qE '^(ERROR|Exception|Error)' "$LOG" 2>/dev/null; then
    echo "----- errors reported by the launcher ($LOG) -----" >&2
    grep -E '^(ERROR|Exception|Error)' "$LOG" | tail -n 20 >&2
  fi
  echo "----- end (all logs: $LOGS/ and $LOG) -----" >&2
}

# ------------------------------------------------------------------ config

write_config() {
  mkdir -p "$CONF" "$DATA" "$LOGS" "$RUN" "$TMPD"
  # Written before every start, so the node always gets these settings.
  cat > "$CONF/elasticsearch.yml" <<EOF
# Generated by es.sh on each start; edit es.sh instead.
cluster.name: es-dev
node.name: es-dev-1
path.data: $DATA
path.logs: $LOGS
network.host: 127.0.0.1
http.port: $ES_PORT
discovery.type: single-node
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
# let tests delete indices by wildcard
action.destructive_requires_name: false
EOF
  cat > "$CONF/jvm.options" <<EOF
# Generated by es.sh. Heap comes from ES_HEAP via ES_JAVA_OPTS.
-XX:+UseG1GC
# the launcher adds -XX:+AlwaysPreTouch; for a dev node, don't commit the whole heap up front
-XX:-AlwaysPreTouch
-Djava.io.tmpdir=\${ES_TMPDIR}
20-:--add-modules=jdk.incubator.vector
-XX:+HeapDumpOnOutOfMemoryError
-XX:+ExitOnOutOfMemoryError
-XX:HeapDumpPath=$DATA
-XX:ErrorFile=$LOGS/hs_err_pid%p.log
-Xlog:gc*,gc+age=trace,safepoint:file=$LOGS/gc.log:utctime,level,pid,tags:filecount=4,filesize=16m
EOF
  cp "$DIST/config/log4j2.properties" "$CONF/log4j2.properties"
}

# ---------------------------------------------------------------- commands

cmd_start() {
  if is_running; then
    if health >/dev/null; then
      log "already running (pid $(server_pid || launcher_pid)) and healthy"
      echo "ELASTICSEARCH_URL=$URL"
      return 0
    fi
    log "already running (pid $(server_pid || launcher_pid)) but not healthy yet; waiting"
  else
    if port_in_use "$ES_PORT"; then
      die "port $ES_PORT on 127.0.0.1 is already in use by another process (set ES_PORT)"
    fi
    command -v curl >/dev/null || die "curl not found"
    if classpath_ok && [[ -f "$DIST/.unpacked" ]]; then prepare_dist; else cmd_fetch; fi
    pick_java
    rm -f "$PID_FILE" "$LAUNCHER_PID_FILE"
    write_config

    local as_user=()
    if [[ "$(id -u)" == 0 ]]; then
      local user="${ES_RUN_AS:-nobody}"
      id "$user" >/dev/null 2>&1 || die "ES_RUN_AS user '$user' does not exist"
      chown -R "$user:$(id -gn "$user")" "$CONF" "$DATA" "$LOGS" "$RUN" "$TMPD"
      runuser -u "$user" -- test -r "$DIST/lib/elasticsearch-$ES_VERSION.jar" -a -w "$DATA" \
        || die "user '$user' cannot reach $STATE (every parent directory needs o+x); set ES_HOME elsewhere"
      as_user=(runuser -u "$user" --)
    fi

    [[ -f "$LOG" ]] && mv -f "$LOG" "$LOG.1"
    log "starting Elasticsearch $ES_VERSION on $URL (heap $ES_HEAP, state $STATE)"
    # The launcher (bin/elasticsearch, a small JVM) computes the JVM options and
    # starts the server JVM; with -d it exits once the server is up, leaving a
    # single process whose pid the server writes to $PID_FILE (-p). The node's
    # log is $SERVER_LOG; $LOG gets the launcher's output (startup errors).
    nohup "${as_user[@]}" env -u JAVA_HOME -u ES_HOME \
      ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$CONF" ES_TMPDIR="$TMPD" \
      ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP ${ES_EXTRA_JAVA_OPTS:-}" \
      "$DIST/bin/elasticsearch" -d -p "$PID_FILE" </dev/null >"$LOG" 2>&1 &
    echo $! > "$LAUNCHER_PID_FILE"
  fi

  local deadline=$((SECONDS + ES_START_TIMEOUT))
  while (( SECONDS < deadline )); do
    if health >/dev/null; then
      log "healthy (${SECONDS}s after es.sh started): $(health)"
      echo "ELASTICSEARCH_URL=$URL"
      return 0
    fi
    if ! is_running; then
      log "Elasticsearch exited during startup"
      tail_logs
      rm -f "$PID_FILE" "$LAUNCHER_PID_FILE"
      exit 1
    fi
    sleep 0.5
  done
  log "timed out after ${ES_START_TIMEOUT}s waiting for yellow/green health on $URL"
  tail_logs
  log "stopping the half-started node"
  cmd_stop >&2 || true
  exit 1
}

# A process and all its descendants, children first.
tree_pids() {
  local c
  for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do tree_pids "$c"; done
  echo "$1"
}

cmd_stop() {
  local spid lpid
  spid="$(server_pid || true)"
  lpid="$(launcher_pid || true)"
  if [[ -z "$spid" && -z "$lpid" ]]; then
    rm -f "$PID_FILE" "$LAUNCHER_PID_FILE"
    echo "not running"
    return 0
  fi
  # SIGTERM the server (clean shutdown). If its pid is not known yet (very
  # early startup), signal the launcher, which passes it on.
  local pids=() more=() p i
  if [[ -n "$lpid" ]]; then mapfile -t pids < <(tree_pids "$lpid"); fi
  [[ -n "$spid" ]] && pids+=("$spid")
  if [[ -n "$spid" ]]; then
    log "stopping Elasticsearch (pid $spid)"
    kill -TERM "$spid" 2>/dev/null || true
  else
    log "stopping Elasticsearch launcher (pids ${pids[*]})"
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  fi
  # wait on the pids themselves (an exiting process loses its cmdline early)
  any_alive() { for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done; return 1; }
  for ((i = 0; i < 60; i++)); do
    any_alive || break
    sleep 0.5
  done
  if any_alive; then
    log "still running after 30s; sending SIGKILL"
    if [[ -n "$lpid" ]]; then mapfile -t more < <(tree_pids "$lpid"); pids+=("${more[@]}"); fi
    for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
    for ((i = 0; i < 10; i++)); do any_alive || break; sleep 0.5; done
  fi
  rm -f "$PID_FILE" "$LAUNCHER_PID_FILE"
  echo "stopped"
}

cmd_status() {
  if ! is_running; then
    echo "not running"
    return 3
  fi
  local h
  if h="$(health)"; then
    echo "running (pid $(server_pid || launcher_pid)) at $URL"
    echo "$h"
  else
    echo "running (pid $(server_pid || launcher_pid)) at $URL, but not healthy (yet)"
    return 1
  fi
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  status) cmd_status ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 fetch|start|stop|restart|status|url" >&2; exit 2 ;;
esac
