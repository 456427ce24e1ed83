-- Flags of the rules judged over a person's facts (labour, custody, returns, retained documents) are stored when the
-- facts are projected, rather than judged over every contract each time flags are listed: a list is then one indexed
-- range read. Whenever a person's facts change, their stored flags are judged again and replaced. A rule that depends
-- on elapsed time stores the moment the flag becomes due as its raised_at, and a flag cleared later keeps that moment
-- as its cleared_at: a list as of a day shows the flags raised before that day ends, open if cleared only after it.

alter table flag add column from_facts boolean not null default false;
comment on column flag.from_facts is
    'Judged over the person''s facts and replaced when they change, listed from raised_at on (its due moment); '
    'false for a flag raised once by its own event (the duplicate-birth rule), listed whatever the day.';

alter table flag add column country char(2);
comment on column flag.country is
    'The country of the record the flag points to (contract destination, custody, grievance): what an attaché sees.';

alter table flag add column listed_from date;
comment on column flag.listed_from is
    'The first day the flag is listed on (the contract''s signing day, the custody''s first day); null for any day.';

alter table flag add column order_key uuid;
comment on column flag.order_key is
    'The id with the top bit of each half flipped: ordered as PostgreSQL orders uuids, it follows the order of the '
    'registry''s own uuid comparison, which breaks ties between flags raised at the same moment.';

-- Newest first, for every reader: everyone, a province, a district, a country, one rule.
drop index flag_category_idx;
create index flag_newest_idx on flag (raised_at desc, order_key);
create index flag_province_newest_idx on flag (province, raised_at desc, order_key);
create index flag_district_newest_idx on flag (district, raised_at desc, order_key);
create index flag_country_newest_idx on flag (country, raised_at desc, order_key) where country is not null;
create index flag_rule_newest_idx on flag (rule, raised_at desc, order_key);

-- A licence event judges again the contracts of the agency, and those with fees paid to it.
create index flag_contract_agency_idx on flag_contract (agency_id);
create index flag_contract_step_payee_idx on flag_contract_step (payee_agency) where payee_agency is not null;
create index flag_passport_holder_idx on flag_passport (holder_person_id);
create index flag_grievance_worker_idx on flag_grievance (worker_person_id);
create index flag_return_person_idx on flag_return (person_id);

-- The stored flags are made by the projection's handlers, so it is rebuilt from the events at the next start, as V42
-- does: everything its reset handlers clear is emptied, its dead letters and its token removed.
delete from flag;
delete from flag_birth;
delete from flag_passport;
delete from flag_custody_episode;
delete from flag_agency;
delete from flag_agency_event;
delete from flag_contract;
delete from flag_contract_step;
delete from flag_return;
delete from flag_household;
delete from flag_membership;
delete from flag_grievance;
delete from dead_letter_entry where processing_group = 'flags';
delete from token_entry where processor_name = 'flags';

alter table flag alter column order_key set not null;
