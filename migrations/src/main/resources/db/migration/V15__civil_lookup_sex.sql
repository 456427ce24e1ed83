-- Passports are checked against the holder's civil record, sex included.

alter table civil_person_lookup add column sex char(1);
