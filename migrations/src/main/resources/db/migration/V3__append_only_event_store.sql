-- Recorded facts are never edited: corrections are new events.
-- Any UPDATE, DELETE or TRUNCATE of the event table is refused.

create function refuse_event_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'domain_event_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger domain_event_entry_append_only_rows
    before update or delete on domain_event_entry
    for each row execute function refuse_event_change();

create trigger domain_event_entry_append_only_truncate
    before truncate on domain_event_entry
    for each statement execute function refuse_event_change();
