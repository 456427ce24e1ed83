-- The planner chooses how to join and look up rows from each table's statistics, which autovacuum refreshes at most
-- once a minute. A rebuild fills the read models from nothing in less time than that, so every statement of it was
-- planned for empty tables: joins read whole tables where an index lookup would do. The registry asks every few
-- seconds for the tables that grew since their statistics were taken to be analysed again. ANALYZE needs the
-- table's owner, which the application's role is not; this function, run as its owner, analyses only the tables of
-- the registry's schema that changed by more than the given rows and share of their rows, and names them.
create function analyze_grown_tables(minimum_changes bigint, share_of_rows real) returns setof text
    language plpgsql security definer set search_path from current as $$
declare
    grown regclass;
begin
    for grown in
        select s.relid::regclass
        from pg_stat_user_tables s
        join pg_class c on c.oid = s.relid
        where s.schemaname = current_schema()
          and s.n_mod_since_analyze >= minimum_changes + share_of_rows * greatest(c.reltuples, 0)
        order by s.relid
    loop
        execute format('analyze %s', grown);
        return next grown::text;
    end loop;
end
$$;

-- Only the application's role may call it (granted after every migration, with its other grants).
revoke all on function analyze_grown_tables(bigint, real) from public;

