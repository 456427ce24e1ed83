-- Recruitment contracts known to the command side, so that a grievance can name one (see V11).

create table contract_lookup (
    contract_id      uuid not null,
    worker_person_id uuid not null,
    constraint contract_lookup_pkey primary key (contract_id)
);
