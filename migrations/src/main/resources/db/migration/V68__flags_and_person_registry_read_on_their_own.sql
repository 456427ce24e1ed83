-- The flags and the person registry leave the shared read-model processor for a processor each, named as their
-- processing groups: each alone took as long to build as all the other read models together, on one core. Each new
-- processor starts where the shared one had got to, replaying or not; where the shared one had no position yet, they
-- have none either and read from the first event. A position one of them already has is kept.
insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
select heavy.name, shared.segment, shared.token, shared.token_type, shared.timestamp, null
from token_entry shared
cross join (values ('flags'), ('person-registry')) as heavy (name)
where shared.processor_name = 'read-models'
on conflict do nothing;
