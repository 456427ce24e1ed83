package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.FindRecentRegistrations;
import io.tabien.contracts.civil.PersonSearchPage;
import io.tabien.contracts.civil.PersonSummary;
import io.tabien.contracts.civil.SearchPersons;
import io.tabien.registry.platform.text.NameFolding;
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
 * Name search over the person registry: Lao script or romanized, partial, tolerant of small spelling differences
 * (trigram word similarity), ordered by relevance and paged by keyset, never by offset. The query and the names are
 * compared folded ({@link #searchKey}): case, Latin diacritics and the ways of typing one Lao name do not matter.
 * <p>
 * A name that contains the query ranks first (relevance 1), ordered by person; then names that only resemble it,
 * by word similarity (below 1). The two are read separately: a common name part can be contained in tens of
 * thousands of names, and walking them in person order stops at the page's end instead of scoring and sorting
 * them all; the resembling names are scored only when the containing ones do not fill the page.
 */
final class PersonSearch {

    private static final float BELOW_CONTAINING = 0.9999f;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final double minSimilarity;

    /** @param minSimilarity how alike a name must be to the query to be found (0 to 1; 0.5 finds "sompone" for "somphone") */
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
        if (jurisdiction == null) {
            return "true";
        }
        return jurisdiction.startsWith("LA-")
                ? "(p.birth_province = ? or h.province = ?)"
                : "(p.birth_district = ? or h.district = ?)";
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
        String folded = NameFolding.fold(query.q());
        String q = folded.isEmpty() ? null : folded;
        Cursor after = Cursor.parse(query.after());
        int wanted = query.limit() + 1;
        List<Hit> hits = readOnly.execute(status -> {
            List<Hit> found = new ArrayList<>();
            if (after == null || after.containing()) {
                found.addAll(containing(q, query, after == null ? null : after.personId(), wanted));
            }
            if (q != null && found.size() < wanted) {
                // The threshold of the indexed similarity operator, for this transaction only.
                jdbc.queryForObject("select set_config('pg_trgm.word_similarity_threshold', ?, true)", String.class,
                        Double.toString(minSimilarity));
                found.addAll(resembling(q, query, after == null || after.containing() ? null : after,
                        wanted - found.size()));
            }
            return found;
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

    /** Names containing the query (every name when there is none), in person order. */
    private List<Hit> containing(String q, SearchPersons query, UUID afterPerson, int limit) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select p.* from person_registry p").append(filtered(query, arguments));
        if (q != null) {
            sql.append(" and p.search_names like ? escape '\\'");
            arguments.add("%" + escapeLike(q) + "%");
        }
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

    /** Names that do not contain the query but resemble it, most alike first. */
    private List<Hit> resembling(String q, SearchPersons query, Cursor after, int limit) {
        List<Object> arguments = new ArrayList<>(List.of(q));
        StringBuilder sql = new StringBuilder("select * from (select p.*, word_similarity(?, p.search_names) as similarity"
                + " from person_registry p").append(filtered(query, arguments));
        sql.append(" and ? <% p.search_names and p.search_names not like ? escape '\\') hits");
        arguments.add(q);
        arguments.add("%" + escapeLike(q) + "%");
        if (after != null) {
            sql.append(" where (similarity < ? or (similarity = ? and person_id > ?))");
            arguments.add(after.similarity());
            arguments.add(after.similarity());
            arguments.add(after.personId());
        }
        sql.append(" order by similarity desc, person_id limit ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), (row, n) -> {
            float similarity = row.getFloat("similarity");
            double relevance = Math.min(Math.round(similarity * 10_000.0) / 10_000.0, BELOW_CONTAINING);
            return new Hit(PersonRegistryProjection.summary(row, relevance),
                    new Cursor(false, similarity, row.getObject("person_id", UUID.class)));
        }, arguments.toArray());
    }

    /** The joins and conditions every search shares: the reader's jurisdiction and the filters. */
    private static String filtered(SearchPersons query, List<Object> arguments) {
        StringBuilder sql = new StringBuilder("""
                 left join person_registry_membership m on m.person_id = p.person_id
                left join person_registry_household h on h.family_book_id = m.family_book_id
                where\s""").append(visibleTo(query.jurisdiction()));
        if (query.jurisdiction() != null) {
            arguments.add(query.jurisdiction());
            arguments.add(query.jurisdiction());
        }
        if (query.province() != null) {
            sql.append(" and (p.birth_province = ? or h.province = ?)");
            arguments.add(query.province());
            arguments.add(query.province());
        }
        if (query.district() != null) {
            sql.append(" and (p.birth_district = ? or h.district = ?)");
            arguments.add(query.district());
            arguments.add(query.district());
        }
        if (query.bornFrom() != null) {
            sql.append(" and p.date_of_birth >= ?");
            arguments.add(query.bornFrom());
        }
        if (query.bornTo() != null) {
            sql.append(" and p.date_of_birth <= ?");
            arguments.add(query.bornTo());
        }
        return sql.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Hit(PersonSummary summary, Cursor cursor) {
    }

    /** Where the previous page ended: an opaque token to the client. */
    private record Cursor(boolean containing, float similarity, UUID personId) {

        static Cursor parse(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                return switch (parts[0]) {
                    case "C" -> new Cursor(true, 0, UUID.fromString(parts[1]));
                    case "R" -> new Cursor(false, Float.parseFloat(parts[1]), UUID.fromString(parts[2]));
                    default -> throw new InvalidSearchCursor();
                };
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidSearchCursor();
            }
        }

        String format() {
            String text = containing ? "C|" + personId : "R|" + similarity + "|" + personId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
