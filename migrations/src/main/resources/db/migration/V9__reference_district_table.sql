-- Districts keyed by the four-digit national statistics code PPDD: the province's number, then the district's
-- number in it. The rows come from a CSV file (V10); a deployment extends them with migrations of its own.

create table district (
    code          char(4)      not null,
    province_code varchar(5)   not null references province (code),
    name_en       varchar(100) not null,
    name_lo       varchar(100),
    constraint district_pkey primary key (code),
    constraint district_code_format check (code ~ '^[0-9]{4}$')
);

create index district_province_idx on district (province_code);

-- A district's code starts with its province's number.
create function district_code_matches_province() returns trigger
    language plpgsql as
$$
begin
    if substr(new.code, 1, 2) <> (select number from province where code = new.province_code) then
        raise exception 'district % does not belong to province %', new.code, new.province_code
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger district_code_matches_province
    before insert or update on district
    for each row execute function district_code_matches_province();
