-- A certificate copy withdrawn keeps its row, with the reason it was revoked.
alter table person_registry_certificate add column revocation_reason text;
