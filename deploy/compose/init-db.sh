#!/bin/bash
# Runs once, when the Postgres volume is new: a schema and a login role per service in the
# clausewatch database, as CloudNativePG sets them up on Kubernetes
# (deploy/kubernetes/base/postgres/cluster.yaml). Passwords come from deploy/compose/.env.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v crawler_pw="$CRAWLER_DB_PASSWORD" -v diff_pw="$DIFF_DB_PASSWORD" \
  -v alert_pw="$ALERT_DB_PASSWORD" -v gateway_pw="$GATEWAY_DB_PASSWORD" <<'SQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE ROLE crawler LOGIN PASSWORD :'crawler_pw';
CREATE ROLE diff LOGIN PASSWORD :'diff_pw';
CREATE ROLE alert LOGIN PASSWORD :'alert_pw';
CREATE ROLE gateway LOGIN PASSWORD :'gateway_pw';
CREATE SCHEMA crawler AUTHORIZATION crawler;
CREATE SCHEMA diff AUTHORIZATION diff;
CREATE SCHEMA alert AUTHORIZATION alert;
CREATE SCHEMA gateway AUTHORIZATION gateway;
ALTER ROLE crawler SET search_path = crawler;
ALTER ROLE diff SET search_path = diff;
ALTER ROLE alert SET search_path = alert;
ALTER ROLE gateway SET search_path = gateway;
SQL
