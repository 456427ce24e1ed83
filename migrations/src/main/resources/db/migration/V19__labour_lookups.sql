-- Command-side lookup of recruitment agencies (see V11): existence, and unique licence numbers.

create table agency_lookup (
    agency_id      uuid        not null,
    licence_number varchar(50) not null,
    constraint agency_lookup_pkey primary key (agency_id),
    constraint agency_lookup_licence_number_key unique (licence_number)
);
