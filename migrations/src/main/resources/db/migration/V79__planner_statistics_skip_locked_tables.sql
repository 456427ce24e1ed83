-- The statistics of a grown table are taken again every few seconds; a table another transaction holds locked (a
-- migration, a rebuild's reset) is skipped this time rather than waited for, so the look never stalls the registry's
-- other scheduled work and the next one, seconds later, takes it.
create or replace function analyze_grown_tables(minimum_changes bigint, share_of_rows real) returns setof text
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
        execute format('analyze (skip_locked) %s', grown);
        return next grown::text;
    end loop;
end
$$;

revoke all on function analyze_grown_tables(bigint, real) from public;
