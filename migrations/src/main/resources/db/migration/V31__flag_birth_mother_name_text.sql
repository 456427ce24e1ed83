-- flag_birth.mother_name holds the mother's name as the duplicate-birth rule compares it: lower-cased, and lower
-- case can be longer than the name as entered ('İ' becomes 'i' and a combining dot). A name within the 400 characters
-- the civil register takes could then not be stored here, and the flags projection would stop on that birth.
alter table flag_birth alter column mother_name type text;
