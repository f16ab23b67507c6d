#!/usr/bin/env bash
# Load benchmark of the gateway: GET /api/v1/changes?limit=50 over 100,000 changes served by a
# fast in-memory stand-in for diff-service (bench/ChangesStub.java), and GET /api/v1/me, the
# cheapest authenticated route, as the ceiling. Needs: the packaged gateway
# (./mvnw -pl api-gateway package -DskipTests), wrk, a JDK 21+, and Postgres/Kafka as in
# CLAUSEWATCH_JDBC_URL/... and KAFKA_BOOTSTRAP_SERVERS. Figures are printed, not asserted.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
stub_port="${STUB_PORT:-18092}"
gw_port="${GATEWAY_PORT:-18080}"
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-32}"
key="cw_bench_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

"$java" -Dsun.net.httpserver.nodelay=true "$here/ChangesStub.java" "$stub_port" 100000 &
stub=$!
CLAUSEWATCH_ADMIN_KEY="$key" \
CLAUSEWATCH_CRAWLER_URL="http://127.0.0.1:$stub_port" \
CLAUSEWATCH_DIFF_URL="http://127.0.0.1:$stub_port" \
CLAUSEWATCH_ALERT_URL="http://127.0.0.1:$stub_port" \
QUARKUS_HTTP_PORT="$gw_port" \
CLAUSEWATCH_GATEWAY_RATE_LIMIT_CAPACITY=100000000 \
CLAUSEWATCH_GATEWAY_RATE_LIMIT_REFILL_PER_MINUTE=100000000 \
QUARKUS_LOG_LEVEL=WARN \
  "$java" -Xmx512m -jar "$here/../target/quarkus-app/quarkus-run.jar" > /tmp/gateway-bench.log 2>&1 &
gateway=$!
trap 'kill $gateway $stub 2>/dev/null || true' EXIT

ready=""
for _ in $(seq 1 360); do
  if curl -fs "http://127.0.0.1:$gw_port/q/health/ready" > /dev/null; then ready=yes; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "gateway not ready within 180 s; see /tmp/gateway-bench.log" >&2
  exit 1
fi
auth="Authorization: Bearer $key"
for url in /api/v1/me "/api/v1/changes?limit=50"; do   # warm-up
  wrk -t2 -c"$connections" -d10s -H "$auth" "http://127.0.0.1:$gw_port$url" > /dev/null
done
echo "== trivial route: GET /api/v1/me"
wrk -t2 -c"$connections" -d"$duration" --latency -H "$auth" "http://127.0.0.1:$gw_port/api/v1/me"
echo "== GET /api/v1/changes?limit=50 (100,000 changes behind it)"
wrk -t2 -c"$connections" -d"$duration" --latency -H "$auth" \
  "http://127.0.0.1:$gw_port/api/v1/changes?limit=50"
