-- What the withheld-document rules judge: each period a passport spends with someone other than its holder.
-- Whether it is flagged depends on how long it lasts, so that is decided when flags are read, never stored.

create table flag_passport (
    passport_id      uuid        not null,
    holder_person_id uuid        not null,
    passport_number  varchar(20) not null,
    constraint flag_passport_pkey primary key (passport_id)
);

create table flag_custody_episode (
    passport_id    uuid         not null,
    global_index   bigint       not null,
    custodian      varchar(20)  not null,
    custodian_name varchar(200),
    holder_consent boolean      not null,
    since          date         not null,
    started_at     timestamptz  not null,
    ended_at       timestamptz,
    ended_by       bigint,
    constraint flag_custody_episode_pkey primary key (passport_id, global_index)
);

create index flag_custody_episode_open_idx on flag_custody_episode (passport_id) where ended_at is null;
