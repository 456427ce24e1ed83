-- Flags are scoped like the records they point to: a labour attaché sees the custody flags of passports held in
-- their country, so each custody episode keeps the country of the custody event that began it. Episodes recorded
-- before take it from that event, as a replay of the flags projection would.

alter table flag_custody_episode add column country char(2);

update flag_custody_episode e
set country = l.payload ->> 'country'
from event_log l
where l.global_index = e.global_index;
