# shellcheck shell=bash
# shellcheck disable=SC2034 # PW_* variables are read by the scripts that source this file
# Helpers shared by infra/kafka.sh and infra/ferretdb.sh. Source it; do not run it.
#
# Conventions:
#   * every function is prefixed with pw_;
#   * messages go to stderr, prefixed with the component name ($PW_NAME);
#   * a daemon is "ours" when its pid file names a live, non-zombie process
#     whose command line contains a marker string unique to the instance
#     (its run directory), which guards against recycled pids.

PW_INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PW_REPO_DIR="$(cd "$PW_INFRA_DIR/.." && pwd)"
PW_CACHE_DIR="${PATHWAYS_CACHE_DIR:-$HOME/.cache/pathways}"
PW_NAME="${PW_NAME:-infra}"

pw_log() { printf '%s: %s\n' "$PW_NAME" "$*" >&2; }
pw_die() { pw_log "error: $*"; exit 1; }

pw_require() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || pw_die "'$cmd' is required but not on PATH"
  done
}

# Absolute run directory (created if missing); relative values are taken from the cwd.
pw_run_dir() {
  local dir="${PATHWAYS_RUN_DIR:-$PW_REPO_DIR/.local/run}"
  mkdir -p "$dir"
  (cd "$dir" && pwd)
}

# Run "$@" while holding an exclusive lock on file $1 (so that two concurrent
# provisioning runs into the same cache do not trample each other).
pw_with_lock() {
  local lock_file="$1"
  shift
  mkdir -p "$(dirname "$lock_file")"
  (
    flock -w 1800 9 || pw_die "timed out waiting for lock $lock_file"
    "$@"
  ) 9>"$lock_file"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
pw_port_open() {
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# Print the pid recorded in pid file $1 if that process is alive, is not a
# zombie, and has $2 somewhere in its command line. Fails otherwise.
pw_live_pid() {
  local pid_file="$1" marker="$2" pid state
  [[ -s "$pid_file" ]] || return 1
  pid="$(<"$pid_file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/stat" ]] || return 1
  state="$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ "$state" != "Z" && "$state" != "X" ]] || return 1
  grep -qF -- "$marker" < <(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  printf '%s\n' "$pid"
}

# Start "$@" detached from this shell (own session, stdin closed, output
# appended to $2) and write its pid to $1.
pw_spawn() {
  local pid_file="$1" out_file="$2"
  shift 2
  mkdir -p "$(dirname "$pid_file")" "$(dirname "$out_file")"
  printf '\n===== %s: starting %s =====\n' "$(date -u +%FT%TZ)" "$PW_NAME" >>"$out_file"
  # setsid execs in place here (a background job is not a group leader), so $! is the daemon.
  setsid nohup "$@" >>"$out_file" 2>&1 </dev/null &
  printf '%s\n' "$!" >"$pid_file"
}

# Poll "$@" every half second until it succeeds or $1 seconds pass; gives up
# early when the process of pid file $2 (marker $3) has died. Returns 0 when
# ready, 1 on timeout, 2 when the process died.
pw_wait_for() {
  local timeout_s="$1" pid_file="$2" marker="$3"
  shift 3
  local deadline=$((SECONDS + timeout_s))
  while ((SECONDS < deadline)); do
    if "$@"; then
      return 0
    fi
    pw_live_pid "$pid_file" "$marker" >/dev/null || return 2
    sleep 0.5
  done
  "$@" && return 0
  return 1
}

# Print the last 40 lines of log file $1 to stderr under a heading.
pw_dump_log() {
  local log_file="$1"
  if [[ -f "$log_file" ]]; then
    pw_log "last 40 lines of $log_file:"
    tail -n 40 "$log_file" >&2
  else
    pw_log "no log file at $log_file"
  fi
}

# True once pid $1 has fully exited. A zombie main thread alone is not enough:
# other threads of a JVM may still be tearing down and holding its sockets.
pw_pid_gone() {
  local pid="$1" state threads
  [[ -r "/proc/$pid/stat" ]] || return 0
  state="$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$pid/stat" 2>/dev/null)" || return 0
  [[ "$state" == "Z" || "$state" == "X" ]] || return 1
  threads="$(find "/proc/$pid/task" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)"
  ((threads <= 1))
}

# Wait up to $2 seconds for pid $1 to be gone.
pw_wait_gone() {
  local pid="$1" timeout_s="$2"
  local deadline=$((SECONDS + timeout_s))
  while ((SECONDS < deadline)); do
    pw_pid_gone "$pid" && return 0
    sleep 0.2
  done
  pw_pid_gone "$pid"
}

# Fail unless TCP port $1 is free, allowing up to 10 s for a process that was
# just stopped or killed to let go of it.
pw_require_free_port() {
  local port="$1" i
  for ((i = 0; i < 20; i++)); do
    pw_port_open "$port" || return 0
    sleep 0.5
  done
  pw_die "port $port is already in use by another process"
}

# stop: SIGTERM, wait up to $3 seconds (default 30), then SIGKILL. No-op when not running.
pw_stop() {
  local pid_file="$1" marker="$2" timeout_s="${3:-30}" pid
  if ! pid="$(pw_live_pid "$pid_file" "$marker")"; then
    rm -f "$pid_file"
    pw_log "not running"
    return 0
  fi
  pw_log "stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  if ! pw_wait_gone "$pid" "$timeout_s"; then
    pw_log "still alive after ${timeout_s}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    pw_wait_gone "$pid" 10 || pw_die "pid $pid survived SIGKILL"
  fi
  rm -f "$pid_file"
  pw_log "stopped"
}

# kill: SIGKILL at once, no grace period (for fault-injection tests).
pw_kill() {
  local pid_file="$1" marker="$2" pid
  if ! pid="$(pw_live_pid "$pid_file" "$marker")"; then
    rm -f "$pid_file"
    pw_log "not running"
    return 0
  fi
  kill -KILL "$pid" 2>/dev/null || true
  pw_wait_gone "$pid" 10 || pw_die "pid $pid survived SIGKILL"
  rm -f "$pid_file"
  pw_log "killed (pid $pid)"
}

# status: exit code 0 when running, 3 when not (LSB convention).
pw_status() {
  local pid_file="$1" marker="$2" detail="$3" pid
  if pid="$(pw_live_pid "$pid_file" "$marker")"; then
    printf '%s: running (pid %s, %s)\n' "$PW_NAME" "$pid" "$detail"
    return 0
  fi
  printf '%s: not running\n' "$PW_NAME"
  return 3
}

# pw_usage SCRIPT [VERBS]: VERBS as in "start|stop", the common ones by default.
pw_usage() {
  printf 'usage: %s {%s}\n' "$1" "${2:-provision|start|stop|kill|status|wait|version}" >&2
  exit 2
}
