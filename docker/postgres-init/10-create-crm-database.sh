#!/bin/sh
# First start of the bundled PostgreSQL only (empty data directory): the CRM's own
# database and a non-superuser role that owns it, so the API never runs as superuser.
# Temporal's databases are created by the temporal-schema-setup service instead.
set -eu

: "${CRM_DB_PASSWORD:?CRM_DB_PASSWORD must be set}"

# psql quotes :'crm_password' itself, so any character in the password is safe.
psql -v ON_ERROR_STOP=1 -v crm_password="$CRM_DB_PASSWORD" \
  --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE hospital_crm LOGIN PASSWORD :'crm_password';
CREATE DATABASE hospital_crm OWNER hospital_crm;
REVOKE ALL ON DATABASE hospital_crm FROM PUBLIC;
SQL
