-- Who read which protected record: every read of a person, family book, passport, contract or grievance (and every
-- search, with its query text and the ids it returned) appends one row. The query text of a person search is
-- personal data; it lives here, where only auditors read, and never in the application's log.
-- Rows are never edited or removed: the same guard as the event store, whose refusal function V27 installed.

create table access_log (
    entry_id   bigint generated always as identity,
    read_at    timestamptz not null,
    actor      text        not null,
    roles      text[]      not null,
    office     text,
    channel    text        not null,
    kind       text        not null,
    resource   text        not null,
    record_ids text[]      not null,
    query      text,
    purpose    text,
    constraint access_log_pkey primary key (entry_id),
    constraint access_log_channel_check check (channel in ('API', 'WEB'))
);

-- The auditor's two questions, newest first: what did this user read, who read this record.
create index access_log_actor_idx on access_log (actor, entry_id desc);
create index access_log_record_ids_idx on access_log using gin (record_ids);

create trigger access_log_append_only
    before update or delete on access_log
    for each row execute function refuse_audit_change();

create trigger access_log_append_only_truncate
    before truncate on access_log
    for each statement execute function refuse_audit_change();
