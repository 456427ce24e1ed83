package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.FindRecentRegistrations;
import io.tabien.contracts.civil.PersonSearchPage;
import io.tabien.contracts.civil.PersonSummary;
import io.tabien.contracts.civil.SearchPersons;
import io.tabien.registry.platform.text.NameFolding;
import io.tabien.registry.platform.text.Romanization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Name search over the person registry: Lao script or romanized, partial, tolerant of small spelling differences,
 * ordered by relevance and paged by keyset, never by offset.
 * <p>
 * The query's words are compared as romanization keys ({@link Romanization}), so ສົມສັກ, Somsack and SOMSAK find the
 * same persons. Each word is first matched against the dictionary of distinct name words, which holds thousands of
 * rows rather than one per person: a dictionary word containing it counts 1, one that only resembles it its trigram
 * similarity (the most alike few of them). Then the persons of the matched words are gathered from the name index
 * ({@link PersonNameIndexProjection}) and scored; a registrar's search (or one filtered by place) reads only the name
 * words of the persons of the district or province, which the index keeps by area. A person's relevance is the mean,
 * over the query's words, of the best match among their names' words, so a person whose names contain every word of
 * the query ranks first (relevance 1). Only the page's persons are read from the register.
 */
final class PersonSearch {

    private static final double BELOW_CONTAINING = 0.9999;
    /** How many dictionary words that only resemble a query word are followed to their persons, the most alike. */
    private static final int RESEMBLING_WORDS = 8;
    /**
     * How alike (trigram similarity) a dictionary word must be to a query word to be followed at all: below the
     * relevance a person needs, so that a misspelled word still adds to the relevance of a person whose names hold the
     * query's other words.
     */
    private static final double RESEMBLING_WORD_SIMILARITY = 0.3;
    /** A query of more words than a name has is cut here: each word costs a dictionary lookup. */
    private static final int QUERY_WORDS = 8;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final double minSimilarity;

    /**
     * @param minSimilarity the relevance a person must reach to be found (0 to 1; 0.5 finds "somphoni" for
     *                      "somphone")
     */
    PersonSearch(JdbcTemplate jdbc, PlatformTransactionManager transactions, double minSimilarity) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.minSimilarity = minSimilarity;
    }

    /**
     * What a search compares with the query: the person's names, Lao and romanized, folded as one text
     * ({@link NameFolding}), so that a name typed in different ways is found by each of them.
     */
    static String searchKey(String givenName, String familyName, String givenNameLatin, String familyNameLatin) {
        return NameFolding.fold(Stream.of(givenName, familyName, givenNameLatin, familyNameLatin)
                .filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    /** Folds the person's names again after a correction. */
    void reindex(UUID person) {
        jdbc.query("""
                        select given_name, family_name, given_name_latin, family_name_latin from person_registry
                        where person_id = ?""",
                (row, n) -> searchKey(row.getString("given_name"), row.getString("family_name"),
                        row.getString("given_name_latin"), row.getString("family_name_latin")), person)
                .forEach(key -> jdbc.update("update person_registry set search_names = ? where person_id = ?",
                        key, person));
    }

    /** The rows a reader with this jurisdiction may see: born there, or living in a household there. */
    static String visibleTo(String jurisdiction) {
        return jurisdiction == null ? "true" : Area.of(jurisdiction).condition();
    }

    static Object[] withJurisdiction(String jurisdiction, Object... arguments) {
        if (jurisdiction == null) {
            return arguments;
        }
        Object[] all = new Object[arguments.length + 2];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = jurisdiction;
        all[arguments.length + 1] = jurisdiction;
        return all;
    }

    PersonSearchPage search(SearchPersons query) {
        List<String> words = Romanization.words(query.q());
        words = words.subList(0, Math.min(words.size(), QUERY_WORDS));
        Cursor after = Cursor.parse(query.after());
        int wanted = query.limit() + 1;
        List<String> queryWords = words;
        List<Hit> hits = readOnly.execute(status -> {
            if (queryWords.isEmpty()) {
                if (after != null && !after.everyone()) {
                    throw new InvalidSearchCursor();
                }
                return everyone(query, after == null ? null : after.personId(), wanted);
            }
            if (after != null && after.everyone()) {
                throw new InvalidSearchCursor();
            }
            // The threshold of the indexed similarity operator, for this transaction only.
            jdbc.queryForObject("select set_config('pg_trgm.similarity_threshold', ?, true)", String.class,
                    Double.toString(RESEMBLING_WORD_SIMILARITY));
            return matching(queryWords, query, after, wanted);
        });
        String next = null;
        if (hits.size() > query.limit()) {
            hits = hits.subList(0, query.limit());
            next = hits.get(hits.size() - 1).cursor().format();
        }
        return new PersonSearchPage(hits.stream().map(Hit::summary).toList(), next);
    }

    /** The births registered last among those the reader sees, newest first. */
    List<PersonSummary> recent(FindRecentRegistrations query) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select p.* from person_registry p")
                .append(filtered(new SearchPersons(null, null, null, null, null, query.limit(), null,
                        query.jurisdiction()), arguments))
                .append(" order by p.registered_at desc, p.person_id limit ?");
        arguments.add(query.limit());
        return jdbc.query(sql.toString(), (row, n) -> PersonRegistryProjection.summary(row, 1.0),
                arguments.toArray());
    }

    /** Every person the reader sees, in person order: a search without a name. */
    private List<Hit> everyone(SearchPersons query, UUID afterPerson, int limit) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select p.* from person_registry p").append(filtered(query, arguments));
        if (afterPerson != null) {
            sql.append(" and p.person_id > ?");
            arguments.add(afterPerson);
        }
        sql.append(" order by p.person_id limit ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), (row, n) -> {
            UUID person = row.getObject("person_id", UUID.class);
            return new Hit(PersonRegistryProjection.summary(row, 1.0), new Cursor(true, 0, person));
        }, arguments.toArray());
    }

    /** Persons whose names' words contain or resemble the query's words, most relevant first. */
    private List<Hit> matching(List<String> words, SearchPersons query, Cursor after, int limit) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("with candidate as (");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            sql.append(i == 0 ? "" : " union all ").append("""
                    select %d as i, word,
                        case when strpos(word, ?) > 0 then 1.0 else least(similarity(word, ?), ?) end::float8 as score
                    from person_name_dictionary where word like ? escape '\\' or word %% ?""".formatted(i));
            arguments.addAll(List.of(word, word, BELOW_CONTAINING, "%" + escapeLike(word) + "%", word));
        }
        sql.append("""
                ), chosen as (
                    select i, word, score from (
                        select i, word, score, row_number() over (partition by i order by score desc, word) as rank
                        from candidate) ranked
                    where score = 1 or rank <= ?
                ), """);
        arguments.add(RESEMBLING_WORDS);
        // Each person's best match per query word, summed, in one grouping. A reader of an area (or a search filtered
        // by one) reads only the name words of the area's persons, from the indexes keyed by area; any other area
        // asked for is applied to the scored persons, best first.
        List<Area> areas = areas(query);
        Area read = areas.stream().filter(Area::district).findFirst().orElse(areas.isEmpty() ? null : areas.get(0));
        List<Area> applied = new ArrayList<>(areas);
        applied.remove(read);
        sql.append("scored as (select w.person_id, (");
        for (int i = 0; i < words.size(); i++) {
            sql.append(i == 0 ? "" : " + ").append("coalesce(max(w.score) filter (where w.i = %d), 0)".formatted(i));
        }
        sql.append(") / ? as relevance from (");
        arguments.add((double) words.size());
        if (read == null) {
            sql.append(wordsOf("true"));
        } else {
            // Born in the area, or living in a household there: a person in both is scored once by the grouping.
            sql.append(wordsOf("w.birth_area = any (" + read.codes(arguments) + ")")).append(" union all ")
                    .append(wordsOf("w.home_area = any (" + read.codes(arguments) + ")"));
        }
        sql.append(") w");
        sql.append(" group by w.person_id), ordered as (select * from scored where relevance >= ?");
        arguments.add(minSimilarity);
        afterCursor(after, arguments, sql);
        List<Object> registerArguments = new ArrayList<>();
        String filter = filtered(applied, query, registerArguments);
        if (registerArguments.isEmpty()) {
            // Nothing left to filter by the register: the page is cut from the scores and only its persons are read.
            sql.append(" order by relevance desc, person_id limit ?)");
            arguments.add(limit);
        } else {
            // Kept apart and in order (offset 0), so that the register is read for the scored persons best first
            // and only until the page holds the persons asked for, not for every scored person.
            sql.append(" order by relevance desc, person_id offset 0)");
        }
        sql.append(" select p.*, s.relevance from ordered s join person_registry p on p.person_id = s.person_id")
                .append(filter);
        arguments.addAll(registerArguments);
        sql.append(" order by s.relevance desc, s.person_id limit ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), (row, n) -> {
            double relevance = row.getDouble("relevance");
            UUID person = row.getObject("person_id", UUID.class);
            return new Hit(PersonRegistryProjection.summary(row, Math.round(relevance * 10_000.0) / 10_000.0),
                    new Cursor(false, relevance, person));
        }, arguments.toArray());
    }

    /** The name words matched by the query's words, of the index rows meeting the condition. */
    private static String wordsOf(String condition) {
        return "select c.i, c.score, w.person_id from chosen c join person_name_word w on w.word = c.word and "
                + condition;
    }

    /** The areas a person must belong to: the reader's jurisdiction, and the province and district asked for. */
    private static List<Area> areas(SearchPersons query) {
        List<Area> areas = new ArrayList<>();
        if (query.jurisdiction() != null) {
            areas.add(Area.of(query.jurisdiction()));
        }
        if (query.province() != null) {
            areas.add(new Area("province", query.province()));
        }
        if (query.district() != null) {
            areas.add(new Area("district", query.district()));
        }
        return areas;
    }

    /** The persons after the previous page's last: less relevant, or as relevant and after it in person order. */
    private static void afterCursor(Cursor after, List<Object> arguments, StringBuilder sql) {
        if (after != null) {
            sql.append(" and (relevance < ? or (relevance = ? and person_id > ?))");
            arguments.add(after.relevance());
            arguments.add(after.relevance());
            arguments.add(after.personId());
        }
    }

    /** The joins and conditions every search shares: the reader's jurisdiction and the filters. */
    private static String filtered(SearchPersons query, List<Object> arguments) {
        return filtered(areas(query), query, arguments);
    }

    /**
     * The joins and conditions on the register's row {@code p}: belonging to each of the areas, born between the
     * dates asked for. The joins to a person's household are left out of the plan by the database when no condition
     * reads them.
     */
    private static String filtered(List<Area> areas, SearchPersons query, List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        for (Area area : areas) {
            conditions.add(area.condition());
            arguments.add(area.code());
            arguments.add(area.code());
        }
        if (query.bornFrom() != null) {
            conditions.add("p.date_of_birth >= ?");
            arguments.add(query.bornFrom());
        }
        if (query.bornTo() != null) {
            conditions.add("p.date_of_birth <= ?");
            arguments.add(query.bornTo());
        }
        return """
                 left join person_registry_membership m on m.person_id = p.person_id
                left join person_registry_household h on h.family_book_id = m.family_book_id
                where\s""" + (conditions.isEmpty() ? "true" : String.join(" and ", conditions));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Hit(PersonSummary summary, Cursor cursor) {
    }

    /**
     * A province or a district a person may belong to: {@code column} names the register's columns compared with
     * {@code code} ({@code birth_province} and the household's {@code province}, or the same for a district).
     */
    record Area(String column, String code) {

        /** A reader's jurisdiction: a province {@code LA-…} or a district code. */
        static Area of(String jurisdiction) {
            return new Area(jurisdiction.startsWith("LA-") ? "province" : "district", jurisdiction);
        }

        boolean district() {
            return column.equals("district");
        }

        /** Born there, or a member of a household there, on the register's row {@code p} and household {@code h}. */
        String condition() {
            return "(p.birth_%1$s = ? or h.%1$s = ?)".formatted(column);
        }

        /**
         * The areas of the name index ({@link PersonNameIndexProjection#area}) that make up this one, as an array:
         * a district itself; a province itself (a place recorded without a district) and its districts. Read from
         * the reference tables, so that a province's code given as a district, or the reverse, finds no one, as it
         * finds no one in the register.
         */
        String codes(List<Object> arguments) {
            arguments.add(code);
            if (district()) {
                return "array(select code::text from district where code = ?)";
            }
            arguments.add(code);
            return """
                    array(select code::text from province where code = ?
                        union all select code::text from district where province_code = ?)""";
        }
    }

    /**
     * Where the previous page ended: an opaque token to the client. Without a query, the last person listed; with
     * one, also its relevance, exactly as computed (Java writes a double so that it reads back the same).
     */
    private record Cursor(boolean everyone, double relevance, UUID personId) {

        static Cursor parse(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                return switch (parts[0]) {
                    case "C" -> new Cursor(true, 0, UUID.fromString(parts[1]));
                    case "R" -> new Cursor(false, Double.parseDouble(parts[1]), UUID.fromString(parts[2]));
                    default -> throw new InvalidSearchCursor();
                };
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidSearchCursor();
            }
        }

        String format() {
            String text = everyone ? "C|" + personId : "R|" + relevance + "|" + personId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
