-- A registrar reviews two births flagged CIV-POSSIBLE-DUPLICATE: "not the same person", or "the same person", which
-- marks the later registration as a duplicate of the earlier (both records stay). The review closes the flag and the
-- flag shows it. Both are projected from DuplicateBirthReviewed, so a rebuild reproduces them; there were no reviews
-- before this version, so nothing is filled in.

alter table person_registry add column duplicate_of uuid;
comment on column person_registry.duplicate_of is
    'The earlier registration of the same person, when a review found this one a duplicate of it.';
create index person_registry_duplicate_of_idx on person_registry (duplicate_of) where duplicate_of is not null;

alter table flag add column review_decision varchar(20);
alter table flag add column review_reason text;
alter table flag add column reviewed_by varchar(100);
alter table flag add column reviewed_at timestamptz;
comment on column flag.review_decision is 'The decision of the person who reviewed the flag and closed it.';
