-- The access log's tamper-evident chain, kept like the event chain (V27): a chainer links entries in the order it
-- sees them (chain_seq), each hash covering the previous hash and the entry's canonical content, and signed
-- checkpoints fix the head with the audit signing key. Linking after the insert keeps the read itself to one insert.

create table access_log_chain (
    chain_seq bigint not null,
    entry_id  bigint not null,
    hash      bytea  not null,
    constraint access_log_chain_pkey primary key (chain_seq),
    constraint access_log_chain_entry_id_key unique (entry_id)
);

create table access_log_checkpoint (
    chain_seq  bigint      not null,
    entry_id   bigint      not null,
    hash       bytea       not null,
    created_at timestamptz not null,
    public_key text        not null,
    signature  text        not null,
    constraint access_log_checkpoint_pkey primary key (chain_seq)
);

create trigger access_log_chain_append_only
    before update or delete on access_log_chain
    for each row execute function refuse_audit_change();

create trigger access_log_chain_append_only_truncate
    before truncate on access_log_chain
    for each statement execute function refuse_audit_change();

create trigger access_log_checkpoint_append_only
    before update or delete on access_log_checkpoint
    for each row execute function refuse_audit_change();

create trigger access_log_checkpoint_append_only_truncate
    before truncate on access_log_checkpoint
    for each statement execute function refuse_audit_change();
