-- A duplicate-birth flag names its births by their events' global indexes; the review page finds them by it.
create index flag_birth_global_index_idx on flag_birth (global_index);
