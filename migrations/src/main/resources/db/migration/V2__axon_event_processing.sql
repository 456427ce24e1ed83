-- Tables Axon's event processors, dead-letter queues and sagas keep their state in.

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    "timestamp"    varchar(255),
    owner          varchar(255),
    constraint token_entry_pkey primary key (processor_name, segment)
);

create table dead_letter_entry (
    dead_letter_id       varchar(255)  not null,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    constraint dead_letter_entry_pkey primary key (dead_letter_id),
    constraint dead_letter_entry_sequence_index_key unique (processing_group, sequence_identifier, sequence_index)
);

create index dead_letter_entry_processing_group_idx on dead_letter_entry (processing_group);
create index dead_letter_entry_sequence_idx on dead_letter_entry (processing_group, sequence_identifier);

create table saga_entry (
    saga_id         varchar(255) not null,
    revision        varchar(255),
    saga_type       varchar(255),
    serialized_saga bytea,
    constraint saga_entry_pkey primary key (saga_id)
);

create table association_value_entry (
    id                bigserial    not null,
    association_key   varchar(255),
    association_value varchar(255),
    saga_id           varchar(255),
    saga_type         varchar(255),
    constraint association_value_entry_pkey primary key (id)
);

create index association_value_entry_lookup_idx
    on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_saga_idx
    on association_value_entry (saga_id, saga_type);
