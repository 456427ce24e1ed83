-- The tamper-evident chain over the event store: each event's hash covers the previous hash and the event's
-- canonical bytes (docs/audit-chain.md), in the order the single-segment chain processor sees the events.
-- Signed checkpoints fix the chain's head every N events or M minutes. Both are append-only.

create table event_chain (
    chain_seq    bigint      not null,
    global_index bigint      not null,
    hash         bytea       not null,
    constraint event_chain_pkey primary key (chain_seq),
    constraint event_chain_global_index_key unique (global_index)
);

create table audit_checkpoint (
    chain_seq    bigint      not null,
    global_index bigint      not null,
    hash         bytea       not null,
    created_at   timestamptz not null,
    public_key   text        not null,
    signature    text        not null,
    constraint audit_checkpoint_pkey primary key (chain_seq)
);

create function refuse_audit_change() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger event_chain_append_only
    before update or delete on event_chain
    for each row execute function refuse_audit_change();

create trigger audit_checkpoint_append_only
    before update or delete on audit_checkpoint
    for each row execute function refuse_audit_change();
