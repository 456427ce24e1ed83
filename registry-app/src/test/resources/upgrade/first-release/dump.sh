#!/usr/bin/env bash
# Writes first-release.sql: every row of every table of the first release's database, as COPY blocks in the shape
# of pg_dump's --data-only output, then the sequences' positions. Run it against the embedded database the first
# release left behind (it trusts local connections): PGPORT=15432 ./dump.sh > first-release.sql
set -euo pipefail
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-15432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
query() { psql -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"; }

echo "-- Every table of a database written by Tabien's first release (commit 26bef55, schema V1-V28)."
echo "-- Load into that schema with triggers and foreign keys off (session_replication_role = replica)."
echo
for table in $(query "select tablename from pg_tables where schemaname = 'public' order by tablename"); do
    columns=$(query "select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute
                     where attrelid = 'public.$table'::regclass and attnum > 0 and not attisdropped")
    order=$(query "select coalesce(string_agg(quote_ident(a.attname), ', ' order by k.n), '1')
                   from pg_index i cross join lateral unnest(i.indkey) with ordinality k(attnum, n)
                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                   where i.indrelid = 'public.$table'::regclass and i.indisprimary")
    echo "COPY public.$table ($columns) FROM stdin;"
    psql -X -q -v ON_ERROR_STOP=1 -c "\\copy (select $columns from public.$table order by $order) to stdout"
    echo '\.'
    echo
done
query "select format('SELECT pg_catalog.setval(%L, %s, %s);', schemaname || '.' || sequencename,
              coalesce(last_value, 1), (last_value is not null)::text)
       from pg_sequences where schemaname = 'public' order by sequencename"
