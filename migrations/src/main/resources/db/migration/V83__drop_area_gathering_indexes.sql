-- A registrar's name search reads the name index by area (V82) and no longer gathers an area's persons from the
-- register: the indexes V80 made for that gathering serve no query, and every birth and household change paid for
-- them. Every other read of these tables goes from the person to their household, by primary keys.

drop index person_registry_birth_district_person_idx;
drop index person_registry_birth_province_person_idx;
drop index person_registry_household_district_idx;
drop index person_registry_household_province_idx;
drop index person_registry_membership_book_person_idx;
