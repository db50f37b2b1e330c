#!/bin/sh
# Creates Temporal's two databases on the first run and upgrades their schemas when the
# admin-tools tag is bumped. Every step is idempotent: `create` ignores an existing
# database, `setup-schema` keeps a newer recorded version, `update-schema` applies only
# the versions not yet recorded. Connection settings come from SQL_PLUGIN, SQL_HOST,
# SQL_PORT, SQL_USER and SQL_PASSWORD (read by temporal-sql-tool), so no password is
# visible in the process list.
set -eu

SCHEMA_DIR=/etc/temporal/schema/postgresql/v12

for pair in temporal:temporal temporal_visibility:visibility; do
  db=${pair%%:*}
  schema=${pair#*:}
  echo "temporal-schema-setup: ${db}"
  temporal-sql-tool --db "$db" create
  temporal-sql-tool --db "$db" setup-schema -v 0.0
  temporal-sql-tool --db "$db" update-schema -d "$SCHEMA_DIR/$schema/versioned"
done

echo 'temporal-schema-setup: done'
