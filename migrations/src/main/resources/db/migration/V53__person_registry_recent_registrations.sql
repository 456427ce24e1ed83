-- The registrar's home page lists the births registered last in their office: read newest first, not sorted whole.
create index person_registry_registered_at_idx on person_registry (registered_at desc);
