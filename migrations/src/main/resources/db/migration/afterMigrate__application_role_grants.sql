-- After every migration: the application's role reads and writes the read models, lookups and processor state,
-- but may only read and append the event store, the audit chain and the access log with its chain, and owns nothing, so it can neither rewrite
-- history nor switch the append-only triggers off. Tables added by later migrations get the same grants.
-- Nothing to do when the application migrates as its own role (an external database without an owner role).
do $$
declare
    application_role text := '${application_role}';
begin
    if application_role = current_user
        or not exists (select 1 from pg_roles where rolname = application_role) then
        return;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), application_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I',
                   current_schema(), application_role);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), application_role);
    execute format('revoke update, delete, truncate, references, trigger on domain_event_entry, event_chain, '
                   'audit_checkpoint, access_log, access_log_chain, access_log_checkpoint from %I', application_role);
    execute format('revoke all on flyway_schema_history from %I', application_role);
    -- The one function it calls: it analyses the tables that grew, which only their owner may do.
    if to_regprocedure('analyze_grown_tables(bigint, real)') is not null then
        execute format('grant execute on function analyze_grown_tables(bigint, real) to %I', application_role);
    end if;
end
$$;
