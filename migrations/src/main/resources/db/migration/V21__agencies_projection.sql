-- Read model of the "agencies" projection: the licence register and each licence's timeline.

create table agency (
    agency_id      uuid         not null,
    name           varchar(300) not null,
    licence_number varchar(50)  not null,
    address        text         not null,
    destinations   text[]       not null,
    sectors        text[]       not null,
    constraint agency_pkey primary key (agency_id)
);

create table agency_licence_event (
    agency_id    uuid         not null,
    global_index bigint       not null,
    event        varchar(30)  not null,
    first_day    date         not null,
    last_day     date,
    reason       text,
    recorded_by  varchar(100),
    stored_at    timestamptz  not null,
    constraint agency_licence_event_pkey primary key (agency_id, global_index)
);
