#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Local single-node Apache Kafka (KRaft, combined broker + controller) for Pathways.
#
#   infra/kafka.sh {provision|start|stop|kill|status|wait|version}
#
# Jars come from Maven Central (infra/kafka/pom.xml) into
# $PATHWAYS_CACHE_DIR/kafka-<version>/libs; per-instance state (config, data,
# logs, pid) lives in $PATHWAYS_RUN_DIR/kafka. See infra/README.md.
set -euo pipefail

PW_NAME=kafka
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

POM="$PW_INFRA_DIR/kafka/pom.xml"
LOG4J_CONFIG="$PW_INFRA_DIR/kafka/log4j2.xml"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n 1)"
[[ -n "$KAFKA_VERSION" ]] || pw_die "cannot read <kafka.version> from $POM"

KAFKA_HOME="$PW_CACHE_DIR/kafka-$KAFKA_VERSION"
LIBS_DIR="$KAFKA_HOME/libs"
MARKER="$KAFKA_HOME/.provisioned"
M2_REPO="$PW_CACHE_DIR/maven-repo"

PORT="${PATHWAYS_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${PATHWAYS_KAFKA_CONTROLLER_PORT:-9093}"
HEAP="${PATHWAYS_KAFKA_HEAP:--Xmx512m -Xms256m}"
PARTITIONS="${PATHWAYS_KAFKA_PARTITIONS:-3}"
START_TIMEOUT="${PATHWAYS_KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${PATHWAYS_KAFKA_STOP_TIMEOUT:-30}"
# Unset: PLAINTEXT, no one authenticated (the tests). Set: a file of "name password" lines,
# and the broker authenticates everyone on both listeners and authorises them by ACL
# (StandardAuthorizer). "broker" (a line of its own) is the broker's own user, the only
# super user, signing in by SASL/PLAIN (the controller, the set-up); the services sign in
# by SCRAM-SHA-512, as in production, with the credentials infra/kafka_acls.py stores in
# the cluster. `make run` writes one such file per install.
USERS_FILE="${PATHWAYS_KAFKA_USERS_FILE:-}"

RUN_DIR="$(pw_run_dir)/kafka"
CONFIG="$RUN_DIR/server.properties"
DATA_DIR="$RUN_DIR/data"
LOG_DIR="$RUN_DIR/logs"
SERVER_LOG="$LOG_DIR/server.log"
STDOUT_LOG="$LOG_DIR/stdout.log"
PID_FILE="$RUN_DIR/kafka.pid"
# Byte offset of server.log when the current process was launched, so that a
# "started" line left by an earlier run is never mistaken for readiness.
OFFSET_FILE="$RUN_DIR/server.log.offset"
# The instance's config path is on the JVM command line: it identifies our process.
MARKER_ARG="$CONFIG"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# JVM options for a quiet idle broker (every process <= 2% of a core with no traffic):
# - C1 only (TieredStopAtLevel=1). With C2 the broker kept compiling for as long as it ran
#   (~100 methods a minute still after 20 minutes idle, 0.5-0.9% of a core, more right
#   after load), because idle paths slowly cross C2's thresholds. C1 compiles the same
#   code in a tenth of the time, and the broker's CPU per record stayed the same
#   (10-12 ms per 1,000 produced, 5-7 ms per 1,000 consumed, acks=all, 300-byte records):
#   its hot work is syscalls and intrinsics, which C1 uses too. Starts got faster on a
#   busy 2-core machine as well (a restart 10-17 s instead of 22-37 s).
# - hsperfdata sampled once a second instead of every 50 ms (jps/jcmd/jstat still work).
#   JDK 25 dropped the periodic sampling and obsoleted the flag, so it is passed only to a
#   JVM that accepts it (see idle_jvm_opts).
IDLE_JVM_OPTS=(-XX:TieredStopAtLevel=1)
PERF_SAMPLING_OPT=-XX:PerfDataSamplingInterval=1000
READY_LINE="Kafka Server started"

# Hash of the pom: a changed dependency list re-provisions even at the same version.
pom_digest() { sha256sum "$POM" | cut -d' ' -f1; }

provisioned() {
  [[ -f "$MARKER" && "$(<"$MARKER")" == "$(pom_digest)" ]] && compgen -G "$LIBS_DIR/kafka_2.13-*.jar" >/dev/null
}

do_provision() {
  provisioned && return 0
  pw_require mvn
  pw_log "provisioning Apache Kafka $KAFKA_VERSION jars into $LIBS_DIR (Maven repo $M2_REPO)"
  local staging="$KAFKA_HOME/libs.partial"
  rm -rf "$staging"
  mkdir -p "$staging" "$M2_REPO"
  local mvn_log="$KAFKA_HOME/provision.log"
  if ! mvn -B -ntp -f "$POM" \
    -Dmaven.repo.local="$M2_REPO" -Dstyle.color=never \
    -Dkafka.libs.dir="$staging" \
    dependency:copy-dependencies >"$mvn_log" 2>&1; then
    pw_dump_log "$mvn_log"
    pw_die "maven could not resolve the Kafka jars"
  fi
  compgen -G "$staging/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null ||
    pw_die "kafka_2.13-$KAFKA_VERSION.jar missing after maven run"
  rm -rf "$LIBS_DIR"
  mv "$staging" "$LIBS_DIR"
  pom_digest >"$MARKER"
  pw_log "provisioned $(find "$LIBS_DIR" -name '*.jar' | wc -l) jars"
}

cmd_provision() {
  provisioned || pw_with_lock "$PW_CACHE_DIR/kafka-$KAFKA_VERSION.lock" do_provision
}

# Run a Kafka main class on the cached class path.
run_java() {
  "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$LOG4J_CONFIG" \
    -Dkafka.logs.dir="$LOG_DIR" -cp "$LIBS_DIR/*" "$@"
}

# IDLE_JVM_OPTS, plus the perf-data sampling interval when this JVM still knows the flag.
idle_jvm_opts() {
  local opts=("${IDLE_JVM_OPTS[@]}")
  if "$JAVA" "$PERF_SAMPLING_OPT" -version >/dev/null 2>&1; then opts+=("$PERF_SAMPLING_OPT"); fi
  printf '%s\n' "${opts[@]}"
}

# The listeners: PLAINTEXT, or with USERS_FILE SASL/PLAIN and ACLs (the file's passwords
# go into the JAAS lines, so the config is written readable by its owner only).
listener_config() {
  if [[ -z "$USERS_FILE" ]]; then
    cat <<EOF
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
EOF
    return 0
  fi
  [[ -r "$USERS_FILE" ]] || pw_die "PATHWAYS_KAFKA_USERS_FILE $USERS_FILE is not readable"
  local name password broker_password=""
  while read -r name password; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    [[ "$name" =~ ^[A-Za-z0-9_.-]+$ && "$password" =~ ^[A-Za-z0-9_-]{16,}$ ]] ||
      pw_die "$USERS_FILE: each line is a name and a password of 16 or more [A-Za-z0-9_-]"
    [[ "$name" == broker ]] && broker_password="$password"
  done <"$USERS_FILE"
  [[ -n "$broker_password" ]] || pw_die "$USERS_FILE has no line for the user broker"
  # PLAIN knows the broker alone; everyone else has a SCRAM credential or nothing.
  local jaas="org.apache.kafka.common.security.plain.PlainLoginModule required"
  jaas+=" username=\"broker\" password=\"$broker_password\" user_broker=\"$broker_password\";"
  local scram="org.apache.kafka.common.security.scram.ScramLoginModule required;"
  cat <<EOF
listeners=SASL_PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$PORT
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=SASL_PLAINTEXT
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=PLAIN
sasl.mechanism.controller.protocol=PLAIN
listener.name.sasl_plaintext.plain.sasl.jaas.config=$jaas
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$scram
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=$jaas
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:broker
allow.everyone.if.no.acl.found=false
EOF
}

write_config() {
  mkdir -p "$RUN_DIR" "$DATA_DIR" "$LOG_DIR"
  local listeners
  listeners="$(listener_config)"
  rm -f "$CONFIG"
  (umask 077 && : >"$CONFIG")
  cat >"$CONFIG" <<EOF
# Generated by infra/kafka.sh on $(date -u +%FT%TZ); edits are overwritten on start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
$listeners

log.dirs=$DATA_DIR
metadata.log.dir=$DATA_DIR

auto.create.topics.enable=true
num.partitions=$PARTITIONS
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# After a kill, the restarted broker must wait for its previous registration
# to expire before it can register again: keep that wait short.
broker.heartbeat.interval.ms=1000
broker.session.timeout.ms=5000

# Idle cost (target: every process <= 2% of a core with no traffic). Measured from
# /proc/<pid>/task/*/stat over 120-180 s, with idle clients shaped like the services'
# attached; kept only what paid.
# The active controller writes a no-op record to the metadata log every 500 ms by
# default (KIP-835), and each one is an append, an fsync and a metadata-image publish:
# 0.4-0.8% of a core on its own, plus the JIT work those paths keep feeding. Once a
# minute keeps the staleness signal (last-applied-record lag) bounded for nothing.
metadata.max.idle.interval.ms=60000
# Every request-handler and network thread wakes about three times a second when idle,
# and these pools exist twice (broker and controller listeners). One network thread per
# listener and two handlers still carry well over 10,000 records/s here, far above
# anything the services send.
num.network.threads=1
num.io.threads=2
# Group coordinator event loops (default 4): one is plenty for a handful of groups.
group.coordinator.threads=1
EOF
}

format_storage_if_needed() {
  [[ -f "$DATA_DIR/meta.properties" ]] && return 0
  local cluster_id
  cluster_id="$(run_java kafka.tools.StorageTool random-uuid 2>>"$STDOUT_LOG" | tail -n 1)"
  [[ -n "$cluster_id" ]] || pw_die "kafka-storage random-uuid printed nothing"
  pw_log "formatting $DATA_DIR (cluster id $cluster_id)"
  run_java kafka.tools.StorageTool format --config "$CONFIG" --cluster-id "$cluster_id" \
    >>"$STDOUT_LOG" 2>&1 || {
    pw_dump_log "$STDOUT_LOG"
    pw_die "storage format failed"
  }
}

started_since_launch() {
  local offset=0 size
  [[ -f "$SERVER_LOG" ]] || return 1
  [[ -f "$OFFSET_FILE" ]] && offset="$(<"$OFFSET_FILE")"
  size="$(stat -c %s "$SERVER_LOG")"
  ((size >= offset)) || offset=0 # the log was rolled since launch
  grep -qF "$READY_LINE" < <(tail -c +"$((offset + 1))" "$SERVER_LOG")
}

ready() { pw_port_open "$PORT" && started_since_launch; }

cmd_wait() {
  local rc=0
  pw_wait_for "$START_TIMEOUT" "$PID_FILE" "$MARKER_ARG" ready || rc=$?
  case "$rc" in
    0) pw_log "ready on 127.0.0.1:$PORT" ;;
    2)
      pw_dump_log "$SERVER_LOG"
      pw_dump_log "$STDOUT_LOG"
      pw_die "not running (or exited before becoming ready)"
      ;;
    *)
      pw_dump_log "$SERVER_LOG"
      pw_die "not ready on 127.0.0.1:$PORT after ${START_TIMEOUT}s"
      ;;
  esac
}

cmd_start() {
  cmd_provision
  if pw_live_pid "$PID_FILE" "$MARKER_ARG" >/dev/null; then
    if ready; then
      pw_log "already running on 127.0.0.1:$PORT"
      return 0
    fi
    cmd_wait
    return 0
  fi
  rm -f "$PID_FILE"
  pw_require "$JAVA"
  pw_require_free_port "$PORT"
  pw_require_free_port "$CONTROLLER_PORT"
  write_config
  format_storage_if_needed
  if [[ -f "$SERVER_LOG" ]]; then stat -c %s "$SERVER_LOG" >"$OFFSET_FILE"; else echo 0 >"$OFFSET_FILE"; fi

  local heap_opts jvm_opts
  read -ra heap_opts <<<"$HEAP"
  mapfile -t jvm_opts < <(idle_jvm_opts)
  pw_log "starting Apache Kafka $KAFKA_VERSION on 127.0.0.1:$PORT (logs in $LOG_DIR)"
  pw_spawn "$PID_FILE" "$STDOUT_LOG" \
    "$JAVA" "${heap_opts[@]}" \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    "${jvm_opts[@]}" \
    -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$LOG4J_CONFIG" \
    -Dkafka.logs.dir="$LOG_DIR" \
    -cp "$LIBS_DIR/*" kafka.Kafka "$CONFIG"
  cmd_wait
}

cmd_version() {
  cmd_provision
  local v jar
  # Ask the broker's own code; fall back to the version in the core jar's name.
  v="$(run_java kafka.Kafka --version 2>/dev/null | head -n 1)" || true
  if [[ -z "$v" ]]; then
    jar="$(compgen -G "$LIBS_DIR/kafka_2.13-*.jar" | head -n 1)"
    v="$(basename "$jar" .jar)"
    v="${v#kafka_2.13-}"
  fi
  printf 'Apache Kafka %s\n' "$v"
}

case "${1:-}" in
  provision) cmd_provision ;;
  start) cmd_start ;;
  stop) pw_stop "$PID_FILE" "$MARKER_ARG" "$STOP_TIMEOUT" ;;
  kill) pw_kill "$PID_FILE" "$MARKER_ARG" ;;
  status) pw_status "$PID_FILE" "$MARKER_ARG" "127.0.0.1:$PORT, $RUN_DIR" ;;
  wait) cmd_wait ;;
  version) cmd_version ;;
  *) pw_usage "$0" ;;
esac
