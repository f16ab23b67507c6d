#!/usr/bin/env bash
# Load benchmark of GET /api/v1/changes?limit=50 through the real path: the packaged gateway in
# front of the packaged diff-service, on Postgres holding 100,000 changes, with wrk as the load
# from a second process. GET /api/v1/me (key check and rate limit, no backend call) is measured
# on the same gateway as the ceiling, and the ratio is printed. The changes route is measured as
# configured (pages cached for 1 s, ChangePages) and on a second gateway with the cache off, with
# the CPU time each process spends per request, and diff-service's /changes directly. Figures are
# printed, not asserted.
#
#   ./mvnw -q package -DskipTests -pl testkit,diff-service,api-gateway
#   api-gateway/bench/run.sh
#
# Needs wrk, psql and a JDK 21+. A throwaway Kafka broker and Postgres are started here (testkit's
# InfraMain, as `./clausewatch test` does) and removed at the end, so no other database is
# touched. The 100,000 changes are inserted with generate_series into diff-service's own table
# after its Flyway migrations ran: 250 platforms x 2 documents, captured one minute apart, each
# with a summary like the analyser's (one provision, topics, signals) and a detail of about 8 KB.
# Settings: DURATION (30s), CONNECTIONS (32), THREADS (2), CHANGES (100000), BENCH_DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# A JDK of 21 or newer: JAVA_HOME, else the first one found (as ./clausewatch does).
java=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
  major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}')
  if [ "${major:-0}" -ge 21 ] 2> /dev/null; then
    export JAVA_HOME="$candidate" java="$candidate/bin/java"
    [ "$major" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
    break
  fi
done
[ -n "$java" ] || { echo "bench: needs a JDK 21 or newer; set JAVA_HOME" >&2; exit 1; }
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
changes="${CHANGES:-100000}"
bench_dir="${BENCH_DIR:-/var/tmp/clausewatch-bench-$$}"
diff_port="${DIFF_PORT:-18082}"
gw_port="${GATEWAY_PORT:-18080}"
gw_management="${GATEWAY_MANAGEMENT_PORT:-19000}"
key="cw_bench_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

for tool in wrk psql curl; do
  command -v "$tool" > /dev/null || { echo "bench: $tool is required" >&2; exit 1; }
done
for module in diff-service api-gateway; do
  [ -f "$root/$module/target/quarkus-app/quarkus-run.jar" ] || {
    echo "bench: package $module first (./mvnw -q package -DskipTests -pl $module)" >&2; exit 1; }
done

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  rm -rf "$bench_dir"
}
trap cleanup EXIT
mkdir -p "$bench_dir"
chmod 755 "$bench_dir"

# --- Kafka and Postgres, for this run only -------------------------------------------------
echo "bench: starting Kafka and Postgres ..."
(cd "$root" && ./mvnw -q -o dependency:build-classpath -pl testkit -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$bench_dir/classpath" > "$bench_dir/mvn.log" 2>&1 \
  || ./mvnw -q dependency:build-classpath -pl testkit -Dmdep.includeScope=runtime \
       -Dmdep.outputFile="$bench_dir/classpath" > "$bench_dir/mvn.log" 2>&1)
"$java" -XX:+UseSerialGC -Xmx256m \
  -cp "$root/testkit/target/classes:$(cat "$bench_dir/classpath")" \
  io.clausewatch.testkit.infra.InfraMain "$bench_dir/data" "$bench_dir/env" \
  > "$bench_dir/infra.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do [ -f "$bench_dir/env" ] && break; sleep 1; done
[ -f "$bench_dir/env" ] || { echo "bench: infrastructure did not start" >&2; tail "$bench_dir/infra.log" >&2; exit 1; }
# shellcheck disable=SC1091
source "$bench_dir/env"
hostport="${CLAUSEWATCH_JDBC_URL#jdbc:postgresql://}"
psql_url="postgresql://$CLAUSEWATCH_DB_USER:$CLAUSEWATCH_DB_PASSWORD@$hostport"

await() { # url seconds what
  for _ in $(seq 1 $(($2 * 2))); do
    if curl -fs "$1" > /dev/null; then return 0; fi
    sleep 0.5
  done
  echo "bench: $3 not ready within $2 s; see $bench_dir/$3.log" >&2
  tail -20 "$bench_dir/$3.log" >&2
  exit 1
}

# --- diff-service, then 100,000 changes in its table ----------------------------------------
QUARKUS_HTTP_PORT="$diff_port" QUARKUS_LOG_LEVEL=WARN \
  "$java" -Xmx512m -jar "$root/diff-service/target/quarkus-app/quarkus-run.jar" \
  > "$bench_dir/diff-service.log" 2>&1 &
pids+=($!)
await "http://127.0.0.1:$diff_port/q/health/ready" 180 diff-service

echo "bench: inserting $changes changes ..."
seed_start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 "$psql_url" > /dev/null <<SQL
set search_path = diff;
insert into document_change (change_id, document_id, platform, document_type, from_version,
    to_version, captured_at, significance, significance_rank, historical, flapping, summary,
    previous_captured_at, detail)
select 'chg_' || lpad(i::text, 8, '0'),
       'platform' || (i % 250) || '/' || (case when (i / 250) % 2 = 0 then 'privacy-policy' else 'terms-of-service' end),
       'platform' || (i % 250),
       case when (i / 250) % 2 = 0 then 'privacy-policy' else 'terms-of-service' end,
       i / 500 + 1, i / 500 + 2,
       timestamptz '2020-01-01T00:00:00Z' + i * interval '1 minute',
       (array['cosmetic', 'minor', 'substantive'])[1 + i % 3], (i % 3)::smallint,
       false, false,
       '{"headline":"AI training: customer content may now be used","linesAdded":3,'
         || '"linesRemoved":1,"provisionsChanged":1,"topics":["ai-training"],'
         || '"regulations":["GDPR Art. 6"],"signals":["modal-shift"],"provisions":[{'
         || '"provisionId":"p-' || i || '","path":"4 How we use information › AI features",'
         || '"kind":"edited","before":"We will not use customer content to train AI models.",'
         || '"after":"We may use customer content to train AI models.",'
         || '"wordDiff":"We [-will not-]{+may+} use customer content to train AI models.",'
         || '"topics":["ai-training"],"signals":["modal-shift"]}],"truncated":false}',
       timestamptz '2020-01-01T00:00:00Z' + (i - 500) * interval '1 minute',
       '[' || repeat('{"provisionId":"p-1","kind":"unchanged","text":"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."},', 60) || '{}]'
from generate_series(1, $changes) as i;
insert into change_topic (change_id, topic)
select 'chg_' || lpad(i::text, 8, '0'), 'ai-training' from generate_series(1, $changes) as i;
analyze document_change;
analyze change_topic;
SQL
echo "bench: $(psql -tA "$psql_url" -c 'select count(*) from diff.document_change') changes stored in $(( $(date +%s) - seed_start )) s"

# --- the gateway in front, twice: as configured (1 s page cache) and with the cache off -------
start_gateway() { # name port management-port cache-ttl
  CLAUSEWATCH_ADMIN_KEY="$key" \
  CLAUSEWATCH_DIFF_URL="http://127.0.0.1:$diff_port" \
  CLAUSEWATCH_CRAWLER_URL="http://127.0.0.1:1" \
  CLAUSEWATCH_ALERT_URL="http://127.0.0.1:1" \
  QUARKUS_HTTP_PORT="$2" \
  QUARKUS_MANAGEMENT_PORT="$3" \
  CLAUSEWATCH_GATEWAY_CHANGES_CACHE_TTL="$4" \
  CLAUSEWATCH_GATEWAY_RATE_LIMIT_CAPACITY=100000000 \
  CLAUSEWATCH_GATEWAY_RATE_LIMIT_REFILL_PER_MINUTE=100000000 \
  QUARKUS_LOG_LEVEL=WARN \
    "$java" -Xmx512m -jar "$root/api-gateway/target/quarkus-app/quarkus-run.jar" \
    > "$bench_dir/$1.log" 2>&1 &
  pids+=($!)
}
start_gateway api-gateway "$gw_port" "$gw_management" 1s
gw_pid=${pids[-1]}
start_gateway api-gateway-nocache $((gw_port + 1)) $((gw_management + 1)) 0s
nocache_pid=${pids[-1]}
await "http://127.0.0.1:$gw_management/q/health/live" 180 api-gateway
await "http://127.0.0.1:$((gw_management + 1))/q/health/live" 180 api-gateway-nocache
diff_pid=${pids[1]}

auth="Authorization: Bearer $key"
changes_url="http://127.0.0.1:$gw_port/api/v1/changes?limit=50"
nocache_url="http://127.0.0.1:$((gw_port + 1))/api/v1/changes?limit=50"
me_url="http://127.0.0.1:$gw_port/api/v1/me"
page=$(curl -fs -H "$auth" "$changes_url")
items=$(grep -o '"changeId"' <<< "$page" | wc -l)
echo "bench: one page is ${#page} bytes with $items changes; newest $(grep -o '"changeId":"[^"]*"' <<< "$page" | head -1)"
[ "$items" -eq 50 ] || { echo "bench: expected 50 changes on the first page" >&2; exit 1; }

for url in "$me_url" "$changes_url" "$nocache_url"; do # warm-up: JIT, connection pools
  wrk -t"$threads" -c"$connections" -d10s -H "$auth" "$url" > /dev/null
done

cpu_ms() { # pid: user + system CPU time so far, in ms (Linux)
  awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"
}
run() { # url name
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "$auth" "$1")
  echo "== $2" >&2
  echo "$out" >&2
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  echo "$rps ${p50:-?} ${p99:-?} ${errors:-0}"
}
read -r me_rps me_p50 me_p99 me_err < <(run "$me_url" "trivial route: GET /api/v1/me")
read -r ch_rps ch_p50 ch_p99 ch_err < <(run "$changes_url" "GET /api/v1/changes?limit=50 ($changes changes)")
# The same route with the page cache off, and the CPU each process spends per request on it:
# on a quiet machine, 2 cores divided by the sum is about the most this path can serve.
g0=$(cpu_ms "$nocache_pid"); d0=$(cpu_ms "$diff_pid")
nc_out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "$auth" "$nocache_url")
g1=$(cpu_ms "$nocache_pid"); d1=$(cpu_ms "$diff_pid")
echo "== GET /api/v1/changes?limit=50, page cache off" >&2; echo "$nc_out" >&2
nc_rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$nc_out")
nc_p50=$(awk '$1 == "50%" {print $2}' <<< "$nc_out"); nc_p99=$(awk '$1 == "99%" {print $2}' <<< "$nc_out")
nc_err=$(awk '/Non-2xx/ {print $5}' <<< "$nc_out"); nc_n=$(awk '/requests in/ {print $1}' <<< "$nc_out")
# diff-service alone, without the gateway: where the time of the changes route goes.
read -r df_rps df_p50 df_p99 df_err < <(run "http://127.0.0.1:$diff_port/changes?limit=50" "diff-service GET /changes?limit=50, direct")

echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), wrk -t$threads -c$connections -d$duration"
printf '%-34s %12s %10s %10s %8s\n' route "req/s" p50 p99 non-2xx
printf '%-34s %12s %10s %10s %8s\n' "GET /api/v1/me" "$me_rps" "$me_p50" "$me_p99" "$me_err"
printf '%-34s %12s %10s %10s %8s\n' "GET /api/v1/changes?limit=50" "$ch_rps" "$ch_p50" "$ch_p99" "$ch_err"
printf '%-34s %12s %10s %10s %8s\n' "  same, page cache off" "$nc_rps" "$nc_p50" "$nc_p99" "${nc_err:-0}"
printf '%-34s %12s %10s %10s %8s\n' "  diff-service /changes, direct" "$df_rps" "$df_p50" "$df_p99" "$df_err"
awk -v n="$nc_n" -v g=$((g1 - g0)) -v d=$((d1 - d0)) 'BEGIN {
  printf "CPU per request with the cache off: gateway %.2f ms, diff-service %.2f ms\n", g / n, d / n }'
awk -v a="$ch_rps" -v b="$me_rps" -v c="$nc_rps" 'BEGIN {
  printf "changes / me throughput: %.1f %% (cache off: %.1f %%)\n", 100 * a / b, 100 * c / b }'
awk -v r="$ch_rps" -v p="$ch_p99" 'BEGIN {
  ms = p; if (p ~ /us$/) ms = p / 1000; else if (p ~ /ms$/) ms = p + 0; else if (p ~ /s$/) ms = p * 1000;
  printf "target (>= 2000 req/s, p99 <= 50 ms): %s\n", (r >= 2000 && ms <= 50) ? "met" : "not met" }'
