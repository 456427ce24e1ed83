-- A person and a family book are read with the version of their record: the sequence number of the last event of
-- the aggregate that the row shows. A change sent with that version is refused if the record has changed since.
-- Rows projected before this version get the sequence number of their record's last stored event; the projections
-- keep it from here on, and a rebuild sets the same numbers from the events.

alter table person_registry add column version bigint not null default 0;
alter table family_book add column version bigint not null default 0;

comment on column person_registry.version is
    'Sequence number of the last event of the person''s own record shown in this row (If-Match, ETag).';
comment on column family_book.version is
    'Sequence number of the last event of the family book shown in this row (If-Match, ETag).';

update person_registry p set version = coalesce((select max(e.sequence_number) from domain_event_entry e
                                                 where e.aggregate_identifier = p.person_id::text), 0);
update family_book b set version = coalesce((select max(e.sequence_number) from domain_event_entry e
                                             where e.aggregate_identifier = b.family_book_id::text), 0);
