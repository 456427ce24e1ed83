-- A browser asks to be enrolled only while it holds no device token, so a page left while its enrolment was under way
-- left a device whose token no browser kept, and the next page enrolled another. The browser now keeps a random key
-- of its installation before it asks, and numbers its attempts: an attempt replaces the devices the same
-- installation enrolled before (their tokens are lost to it), and an attempt overtaken by a later one is refused.
alter table app_device
    add column installation      varchar(64),
    add column enrolment_attempt integer,
    add constraint app_device_installation_with_attempt check ((installation is null) = (enrolment_attempt is null)),
    add constraint app_device_enrolment_attempt_positive check (enrolment_attempt > 0);

create index app_device_installation_idx on app_device (username, installation) where installation is not null;
