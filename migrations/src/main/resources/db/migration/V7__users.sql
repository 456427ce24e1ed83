-- People who use the registry. Passwords are stored only as salted hashes.

create table app_user (
    username      varchar(100) not null,
    password_hash varchar(200) not null,
    roles         text[]       not null,
    office        varchar(20),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    created_by    varchar(100),
    constraint app_user_pkey primary key (username),
    constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,99}$'),
    constraint app_user_has_role check (cardinality(roles) > 0)
);
