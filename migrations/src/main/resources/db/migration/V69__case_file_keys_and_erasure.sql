-- A key per grievance case file, kept apart from the events it seals: the worker's name and passport number, the
-- narrative and the evidence descriptions travel in the events only as AES-GCM ciphertext under this key. Erasure
-- destroys the key (the row stays, saying when), so the events and the hash chain over them stay as they were while
-- the text is gone for every reader, every rebuilt read model and every copy of the database made afterwards.
create table case_file_key (
    grievance_id uuid        not null,
    secret       bytea,
    created_at   timestamptz not null default now(),
    destroyed_at timestamptz,
    constraint case_file_key_pkey primary key (grievance_id),
    constraint case_file_key_secret_or_destroyed check ((secret is null) = (destroyed_at is not null)),
    constraint case_file_key_secret_length check (secret is null or length(secret) = 32)
);

-- The read model keeps the sealed form (not the text), and nothing once erased. Rows written before sealing hold
-- their text as it was, marked as such.
alter table grievance_case_file
    alter column worker_name type text,
    alter column passport_number type text,
    alter column narrative type text,
    alter column narrative drop not null,
    add column erased_on date,
    add column erasure_ground varchar(30),
    add column erasure_reason text;

update grievance_case_file
set worker_name     = 'plain:' || worker_name,
    passport_number = 'plain:' || passport_number,
    narrative       = 'plain:' || narrative;

alter table grievance_evidence
    alter column description drop not null;

update grievance_evidence
set description = 'plain:' || description;

-- Retention: closed cases whose case file is still readable, oldest closure first.
create index grievance_closed_idx on grievance (closed_on) where closed_on is not null;
