#!/usr/bin/env bash
# Waits until the portal at BASE_URL answers GET /api/v1/health with 2xx, for up to two minutes; exits 1 and
# says where to look if it does not. Polls every 0.2 s, so start-up measurements stay precise.
#   scripts/wait-for-portal.sh BASE_URL [LOG_FILE]
set -euo pipefail
base="${1:?usage: wait-for-portal.sh BASE_URL [LOG_FILE]}"
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$base/api/v1/health" && exit 0
  sleep 0.2
done
echo "The portal did not answer on $base${2:+; see $2}" >&2
exit 1
