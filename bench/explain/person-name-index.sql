begin;
select set_config('pg_trgm.similarity_threshold', '0.3', true);
explain (analyze, buffers, costs off)
with candidate as (
select 0 as i, word, case when strpos(word, 'sombun') > 0 then 1.0 else least(similarity(word, 'sombun'), 0.9999) end::float8 as score
from person_name_dictionary where word like '%sombun%' or word % 'sombun'
union all
select 1 as i, word, case when strpos(word, 'pontong') > 0 then 1.0 else least(similarity(word, 'pontong'), 0.9999) end::float8 as score
from person_name_dictionary where word like '%pontong%' or word % 'pontong'
), chosen as (
    select i, word, score from (
        select i, word, score, row_number() over (partition by i order by score desc, word) as rank
        from candidate) ranked
    where score = 1 or rank <= 8
), matched as (
    select w.person_id, c.i, max(c.score) as score
    from chosen c join person_name_word w on w.word = c.word
    group by w.person_id, c.i
), scored as (
    select person_id, sum(score) / 2.0 as relevance from matched group by person_id
)
select p.*, s.relevance from scored s join person_registry p on p.person_id = s.person_id
 left join person_registry_membership m on m.person_id = p.person_id
left join person_registry_household h on h.family_book_id = m.family_book_id
where (p.birth_district = '1501' or h.district = '1501') and s.relevance >= 0.5
order by s.relevance desc, s.person_id limit 21;
rollback;
