-- The read models now share one processor, 'read-models', and the two process steps another, 'process-steps':
-- each reads the store once for all its processing groups. Tokens are kept per processor, so each new processor
-- starts where the slowest of the processors it replaces had got to; the events between that position and the others'
-- are handled again, which the projections and the once-only process steps allow. When one of the groups had no
-- position (it was being rebuilt from the start), the new processor has none either and reads from the first event.
insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
select shared.name, 0, slowest.token, slowest.token_type, slowest.timestamp, null
from (values ('read-models', array['person-registry', 'family-books', 'flags', 'passports', 'agencies', 'contracts',
                                   'grievances']),
             ('process-steps', array['household-automation', 'passport-automation'])) as shared (name, groups)
cross join lateral (
    select token, token_type, timestamp
    from token_entry
    where processor_name = any (shared.groups) and segment = 0
      and token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken'
    order by (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint
    limit 1
) as slowest
where (select count(*) from token_entry
       where processor_name = any (shared.groups) and segment = 0
         and token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken') = cardinality(shared.groups);

delete from token_entry
where processor_name in ('person-registry', 'family-books', 'flags', 'passports', 'agencies', 'contracts',
                         'grievances', 'household-automation', 'passport-automation');
