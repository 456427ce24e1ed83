-- What DOC-RETENTION-REPORTED judges: grievances reporting retained identity documents, once their worker is known.

create table flag_grievance (
    grievance_id        uuid        not null,
    registered_index    bigint      not null,
    registered_at       timestamptz not null,
    reported_on         date        not null,
    country             char(2)     not null,
    worker_person_id    uuid,
    identified_index    bigint,
    identified_at       timestamptz,
    documents_retained  boolean     not null,
    returned_index      bigint,
    returned_at         timestamptz,
    constraint flag_grievance_pkey primary key (grievance_id)
);
