-- Commands accepted under an Idempotency-Key, written in the same transaction as their events,
-- so that a retried request is answered from here and never records a fact twice.

create table processed_command (
    actor               varchar(100) not null,
    idempotency_key     varchar(200) not null,
    command_type        varchar(255) not null,
    request_fingerprint varchar(64)  not null,
    result              text,
    processed_at        timestamptz  not null default now(),
    constraint processed_command_pkey primary key (actor, idempotency_key)
);
