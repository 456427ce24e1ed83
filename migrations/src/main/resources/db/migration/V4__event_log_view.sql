-- The event store as an auditor reads it with psql: payload and metadata decoded as jsonb.

create view event_log as
select global_index,
       aggregate_identifier,
       sequence_number,
       payload_type,
       time_stamp::timestamptz                    as time_stamp,
       convert_from(payload, 'UTF8')::jsonb       as payload,
       convert_from(meta_data, 'UTF8')::jsonb     as meta_data
from domain_event_entry;
