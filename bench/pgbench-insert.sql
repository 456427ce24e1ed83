-- One 500-byte row per transaction into a table shaped like domain_event_entry: PostgreSQL's own ceiling for
-- single-event appends on this machine.
insert into bench_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,
                               payload_revision, payload_type, time_stamp)
values (md5(random()::text), 0, 'Person', md5(random()::text || clock_timestamp()::text), convert_to(repeat('m', 150), 'UTF8'),
        convert_to(repeat('p', 350), 'UTF8'), '1', 'io.tabien.contracts.civil.BirthRegistered', clock_timestamp()::text);
