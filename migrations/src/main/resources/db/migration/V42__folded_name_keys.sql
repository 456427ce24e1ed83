-- Search and the duplicate-birth rule compare names folded (NFKC, case, the Lao ways of typing one letter or of
-- ordering its marks, Latin diacritics, spacing), a form the registry computes in Java. The two columns that hold
-- the comparison keys keep their names and now hold the folded form; the keys written before this version were only
-- lower-cased, and folding cannot be done here, so the two projections that own them are rebuilt from the events at
-- the next start: their tables are emptied and their tokens removed, and a processor without a token starts from
-- the first event. That is what a reset does, done before any processor runs: both projections only write their own
-- tables, which hold nothing but what their events give. Stop every node before upgrading: a node of an older
-- version still running would fill the keys the old way.

comment on column person_registry.search_names is
    'The person''s names, Lao and romanized, folded as one text (NameFolding): what a search compares its query with.';
comment on column flag_birth.mother_name is
    'The mother''s name folded (NameFolding), as the duplicate-birth rule looks it up; empty when none was given.';

-- Everything the person-registry projection's reset handler clears.
delete from person_registry;
delete from person_registry_history;
delete from person_registry_household;
delete from person_registry_membership;
delete from person_registry_passport;
delete from person_registry_grievance;

-- Everything the reset handlers of the flags projection clear (its birth, custody, labour and grievance facts share
-- one processor, so all of them are rebuilt). Flags are derived only from events, so the rebuild raises and clears
-- the same flags, plus those the folded names now find.
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

-- An event parked as one the projection could not handle is handled again by the rebuild, and parked again if it
-- still fails (as a reset clears a group's dead letters); left here, it would hold back its record's rebuilt events.
delete from dead_letter_entry where processing_group in ('person-registry', 'flags');

delete from token_entry where processor_name in ('person-registry', 'flags');
