-- Exchange rates for comparing fees paid in one currency with wages in another: how many kip one unit of a
-- currency was worth from a given day on. An administrator adds rates through the API.
-- The rows below are indicative yearly rates so that a new installation can compare THB and USD amounts; a
-- deployment loads the official rates of the Bank of the Lao PDR.

create table exchange_rate (
    currency     char(3)        not null,
    effective_on date           not null,
    lak_per_unit numeric(18, 6) not null,
    recorded_by  varchar(100),
    recorded_at  timestamptz    not null default now(),
    constraint exchange_rate_pkey primary key (currency, effective_on),
    constraint exchange_rate_currency_format check (currency ~ '^[A-Z]{3}$'),
    constraint exchange_rate_positive check (lak_per_unit > 0)
);

insert into exchange_rate (currency, effective_on, lak_per_unit, recorded_by) values
    ('USD', '2019-01-01', 8550, 'migration'),
    ('USD', '2020-01-01', 8880, 'migration'),
    ('USD', '2021-01-01', 9300, 'migration'),
    ('USD', '2022-01-01', 11300, 'migration'),
    ('USD', '2023-01-01', 17300, 'migration'),
    ('USD', '2024-01-01', 20500, 'migration'),
    ('USD', '2025-01-01', 21900, 'migration'),
    ('THB', '2019-01-01', 264, 'migration'),
    ('THB', '2020-01-01', 295, 'migration'),
    ('THB', '2021-01-01', 310, 'migration'),
    ('THB', '2022-01-01', 340, 'migration'),
    ('THB', '2023-01-01', 500, 'migration'),
    ('THB', '2024-01-01', 600, 'migration'),
    ('THB', '2025-01-01', 640, 'migration');
