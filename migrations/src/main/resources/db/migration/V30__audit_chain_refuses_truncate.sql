-- The chain and its checkpoints already refuse UPDATE and DELETE row by row; TRUNCATE bypasses row triggers, so
-- each table also refuses it with a statement-level trigger, as the event table does. Emptying the chain would
-- otherwise leave nothing for verification to compare the event store with.

create trigger event_chain_append_only_truncate
    before truncate on event_chain
    for each statement execute function refuse_audit_change();

create trigger audit_checkpoint_append_only_truncate
    before truncate on audit_checkpoint
    for each statement execute function refuse_audit_change();
