-- The certificates issued of a person's birth record and of family books, as the person's page lists them; owned by
-- the person-registry projection and rebuilt from CertificateIssued events.
create table person_registry_certificate (
    record_id           uuid         not null,
    kind                varchar(30)  not null,
    copy_number         integer      not null,
    record_version      bigint       not null,
    issued_on           date         not null,
    issuing_office      varchar(5),
    issued_by           varchar(200),
    collector_name      varchar(200) not null,
    collector_relationship varchar(200) not null,
    collector_identity_document varchar(200) not null,
    primary key (record_id, kind, copy_number)
);
