#!/bin/sh
# Registers the CRM's namespace once; on later runs it finds it and leaves it alone.
set -eu

: "${TEMPORAL_ADDRESS:?}"
NAMESPACE=${TEMPORAL_NAMESPACE:-default}
RETENTION=${TEMPORAL_NAMESPACE_RETENTION:-720h}

# The frontend port opens before every service in the cluster is up: wait for a healthy answer.
attempt=0
until temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 60 ]; then
    echo "temporal-create-namespace: cluster at $TEMPORAL_ADDRESS not healthy after 120 s" >&2
    exit 1
  fi
  sleep 2
done

if temporal operator namespace describe --namespace "$NAMESPACE" --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; then
  echo "temporal-create-namespace: namespace '$NAMESPACE' already exists"
else
  temporal operator namespace create --namespace "$NAMESPACE" --retention "$RETENTION" --address "$TEMPORAL_ADDRESS"
  echo "temporal-create-namespace: created namespace '$NAMESPACE' (retention $RETENTION)"
fi

# A new namespace reaches the frontend's cache within seconds; the API and worker start
# after this exits, so make sure it already answers workflow calls.
attempt=0
until temporal workflow list --namespace "$NAMESPACE" --limit 1 --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 30 ]; then
    echo "temporal-create-namespace: namespace '$NAMESPACE' not usable after 60 s" >&2
    exit 1
  fi
  sleep 2
done
