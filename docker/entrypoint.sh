#!/bin/sh
# Apply the schema, load the seeds when asked (idempotent), then serve.
set -e
actornet db init
if [ "${ACTORNET_LOAD_SEEDS:-0}" = "1" ]; then
  actornet load seeds/facts || echo "some seed documents were rejected; see above"
fi
exec actornet serve
