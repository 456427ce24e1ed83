-- Axon's JDBC event storage, snake_case, payloads and metadata as JSON bytes.
-- Keys and indexes follow Axon's own PostgreSQL table factory.

create table domain_event_entry (
    global_index         bigserial    not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    constraint domain_event_entry_pkey primary key (global_index),
    constraint domain_event_entry_aggregate_sequence_key unique (aggregate_identifier, sequence_number),
    constraint domain_event_entry_event_identifier_key unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    constraint snapshot_event_entry_pkey primary key (aggregate_identifier, sequence_number),
    constraint snapshot_event_entry_event_identifier_key unique (event_identifier)
);
