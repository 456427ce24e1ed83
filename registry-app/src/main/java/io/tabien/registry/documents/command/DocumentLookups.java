package io.tabien.registry.documents.command;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.documents.PassportId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Committed facts about passports, for rules across passports; kept by {@link DocumentLookupUpdater}. */
@Component
class DocumentLookups {

    private final JdbcTemplate jdbc;

    DocumentLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean numberTaken(String passportNumber) {
        Boolean taken = jdbc.queryForObject(
                "select exists(select 1 from passport_number_lookup where passport_number = ?)", Boolean.class,
                passportNumber);
        return Boolean.TRUE.equals(taken);
    }

    /** The holder's passport that is issued, neither lost nor revoked, and not expired on {@code today}. */
    Optional<PassportId> validPassportOf(PersonId holder, LocalDate today) {
        return jdbc.query("""
                        select passport_id from passport_lookup
                        where holder_person_id = ? and status = 'ISSUED' and expires_on >= ?""",
                (row, n) -> new PassportId(row.getObject(1, UUID.class)), holder.value(), today).stream().findFirst();
    }

    /** Every passport of the holder that is not revoked yet. */
    List<PassportId> unrevokedPassportsOf(PersonId holder) {
        return jdbc.query("select passport_id from passport_lookup where holder_person_id = ? and status <> 'REVOKED'",
                (row, n) -> new PassportId(row.getObject(1, UUID.class)), holder.value());
    }
}
