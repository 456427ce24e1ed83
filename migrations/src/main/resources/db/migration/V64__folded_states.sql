-- A long record's state, as its events folded it, stored every so many events, so that the record as it stood at a
-- moment is read from the nearest stored state at or before that moment and the events after it, instead of from its
-- first event. Derived from the append-only events alone: deleting rows loses nothing, they are written again by the
-- next read that folds past them. A state is stored whole, or as what its lists gained since the state stored before
-- it (appended: each list's length in that earlier state), so that a long list is not stored once per state.
-- stored_until is the latest store time of the events folded into it (of events 0 to sequence_number).
create table folded_state (
    aggregate_identifier varchar(255) not null,
    fold_version         integer      not null,
    sequence_number      bigint       not null,
    global_index         bigint       not null,
    stored_until         timestamptz  not null,
    aggregate_type       varchar(64)  not null,
    state                jsonb        not null,
    appended             jsonb,
    primary key (aggregate_identifier, fold_version, sequence_number)
);
