#!/bin/sh
# The registry's two roles and its database, created on the first start of PostgreSQL's official image
# (mounted into /docker-entrypoint-initdb.d by docker-compose.yml): tabien_owner owns the schema and migrates it,
# tabien_app is what the registry connects as. The migrations grant tabien_app what it needs.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$TABIEN_DB_OWNER_PASSWORD" -v app_password="$TABIEN_DB_PASSWORD" <<'SQL'
create role tabien_owner login password :'owner_password';
create role tabien_app login password :'app_password';
create database tabien owner tabien_owner encoding 'UTF8' locale 'C.UTF-8' template template0;
revoke all on database tabien from public;
grant connect, temporary on database tabien to tabien_app;
SQL
