package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.PersonSearchPage;
import io.tabien.contracts.civil.PersonSummary;
import io.tabien.contracts.civil.SearchPersons;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Name search over the person registry: Lao script or romanized, partial and case-insensitive, tolerant of small
 * spelling differences (trigram word similarity), ordered by relevance and paged by keyset, never by offset.
 */
final class PersonSearch {

    private static final String RELEVANCE = """
            round(greatest(case when p.search_names like ? escape '\\' then 1 else 0 end,
                           word_similarity(?, p.search_names))::numeric, 4)""";

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

    void reindex(UUID person) {
        jdbc.update("""
                update person_registry
                set search_names = lower(concat_ws(' ', given_name, family_name, given_name_latin, family_name_latin))
                where person_id = ?""", person);
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
        String q = query.q() == null || query.q().isBlank() ? null : query.q().strip().toLowerCase(Locale.ROOT);
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from (select p.*, ");
        if (q == null) {
            sql.append("1.0000 as relevance");
        } else {
            sql.append(RELEVANCE).append(" as relevance");
            arguments.add("%" + escapeLike(q) + "%");
            arguments.add(q);
        }
        sql.append("""
                 from person_registry p
                left join person_registry_membership m on m.person_id = p.person_id
                left join person_registry_household h on h.family_book_id = m.family_book_id
                where\s""").append(visibleTo(query.jurisdiction()));
        if (query.jurisdiction() != null) {
            arguments.add(query.jurisdiction());
            arguments.add(query.jurisdiction());
        }
        if (q != null) {
            sql.append(" and (p.search_names like ? escape '\\' or ? <% p.search_names)");
            arguments.add("%" + escapeLike(q) + "%");
            arguments.add(q);
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
        sql.append(") hits");
        Cursor after = Cursor.parse(query.after());
        if (after != null) {
            sql.append(" where (relevance < ? or (relevance = ? and person_id > ?))");
            arguments.add(after.relevance());
            arguments.add(after.relevance());
            arguments.add(after.personId());
        }
        sql.append(" order by relevance desc, person_id limit ?");
        arguments.add(query.limit() + 1);

        List<Hit> hits = readOnly.execute(status -> {
            // The threshold of the indexed similarity operator, for this transaction only.
            jdbc.queryForObject("select set_config('pg_trgm.word_similarity_threshold', ?, true)", String.class,
                    Double.toString(minSimilarity));
            return jdbc.query(sql.toString(), (row, n) -> new Hit(
                    PersonRegistryProjection.summary(row, row.getBigDecimal("relevance").doubleValue()),
                    row.getBigDecimal("relevance")), arguments.toArray());
        });
        String next = null;
        if (hits.size() > query.limit()) {
            hits = hits.subList(0, query.limit());
            Hit last = hits.get(hits.size() - 1);
            next = new Cursor(last.relevance(), last.summary().id().value()).format();
        }
        return new PersonSearchPage(hits.stream().map(Hit::summary).toList(), next);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Hit(PersonSummary summary, BigDecimal relevance) {
    }

    /** Where the previous page ended: an opaque token to the client. */
    private record Cursor(BigDecimal relevance, UUID personId) {

        static Cursor parse(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(new BigDecimal(parts[0]), UUID.fromString(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidSearchCursor();
            }
        }

        String format() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((relevance.toPlainString() + "|" + personId).getBytes(StandardCharsets.UTF_8));
        }
    }
}
