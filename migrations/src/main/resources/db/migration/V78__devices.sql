-- The browsers a registrar or an attaché enrolled to send their offline entries: a device token outlives the short
-- web session, so that entries made in a district without a connection still reach the registry when the session has
-- ended. Only the token's SHA-256 hash is kept: whoever reads this table cannot sync as anyone. Enrolment and
-- revocation are acts on credentials, not facts of the registry, so they live here and never in the event store.

create table app_device (
    device_id    uuid         not null,
    username     varchar(100) not null,
    name         varchar(100) not null,
    token_hash   bytea        not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(100),
    constraint app_device_pkey primary key (device_id),
    constraint app_device_user_fkey foreign key (username) references app_user (username),
    constraint app_device_token_hash_key unique (token_hash),
    constraint app_device_token_hash_length check (octet_length(token_hash) = 32),
    constraint app_device_revoked_by_whom check ((revoked_at is null) = (revoked_by is null))
);

-- The administrator's and the user's list: one user's devices, newest first.
create index app_device_username_idx on app_device (username, created_at desc);
