#!/bin/sh
# Verifies one Clausewatch webhook with standard tools (sh, base64, od, openssl).
# usage: verify-webhook.sh SECRET WEBHOOK_ID WEBHOOK_TIMESTAMP "WEBHOOK_SIGNATURE" BODY_FILE
# BODY_FILE must hold the request body exactly as received, byte for byte.
# Exits 0 when one of the signatures matches and the timestamp is within 5 minutes.
set -eu
secret=$1 id=$2 timestamp=$3 signatures=$4 body=$5

now=$(date +%s)
skew=$((now - timestamp))
if [ "${skew#-}" -gt 300 ]; then
    echo "timestamp outside the 5-minute tolerance" >&2
    exit 1
fi

key_hex=$(printf '%s' "${secret#whsec_}" | base64 -d | od -An -v -tx1 | tr -d ' \n')
expected="v1,$({ printf '%s.%s.' "$id" "$timestamp"; cat "$body"; } \
    | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | base64)"

for candidate in $signatures; do
    if [ "$candidate" = "$expected" ]; then
        echo "valid"
        exit 0
    fi
done
echo "signature mismatch" >&2
exit 1
