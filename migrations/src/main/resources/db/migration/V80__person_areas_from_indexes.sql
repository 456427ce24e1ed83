-- A registrar's name search scores only the persons of their district or province (PersonSearch): born there, or
-- members of a household there. These indexes give that set from index pages alone, without reading a register row.

create index person_registry_birth_district_person_idx on person_registry (birth_district, person_id);
drop index person_registry_birth_district_idx;
create index person_registry_birth_province_person_idx on person_registry (birth_province, person_id);

create index person_registry_household_district_idx on person_registry_household (district, family_book_id);
create index person_registry_household_province_idx on person_registry_household (province, family_book_id);

create index person_registry_membership_book_person_idx on person_registry_membership (family_book_id, person_id);
drop index person_registry_membership_book_idx;
