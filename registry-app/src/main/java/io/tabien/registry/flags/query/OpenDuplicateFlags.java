package io.tabien.registry.flags.query;

import io.tabien.contracts.civil.PersonId;
import io.tabien.registry.flags.DuplicateBirthFlags;
import io.tabien.registry.flags.DuplicateBirthPairs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Open CIV-POSSIBLE-DUPLICATE flags, looked up by the pair of births they link: the flag is raised on the later birth
 * for resembling the earlier, so its id tells the order.
 */
@Component
class OpenDuplicateFlags implements DuplicateBirthFlags, DuplicateBirthPairs {

    private final JdbcTemplate jdbc;

    OpenDuplicateFlags(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FlaggedPair> openBetween(PersonId one, PersonId other) {
        if (isOpen(PossibleDuplicateBirth.flagId(one.value(), other.value()))) {
            return Optional.of(new FlaggedPair(other, one));
        }
        if (isOpen(PossibleDuplicateBirth.flagId(other.value(), one.value()))) {
            return Optional.of(new FlaggedPair(one, other));
        }
        return Optional.empty();
    }

    /** The flag rests on the earlier birth's event first, then the later's, and is raised on the later person. */
    @Override
    public Optional<FlaggedPair> pairOf(UUID flagId) {
        return jdbc.query("""
                        select earlier.person_id as earlier, f.person_id as later
                        from flag f join flag_birth earlier on earlier.global_index = f.evidence[1]
                        where f.id = ? and f.rule = ?""",
                (row, n) -> new FlaggedPair(new PersonId(row.getObject("earlier", UUID.class)),
                        new PersonId(row.getObject("later", UUID.class))),
                flagId, PossibleDuplicateBirth.CODE).stream().findFirst();
    }

    private boolean isOpen(UUID flag) {
        Boolean open = jdbc.queryForObject("select exists(select 1 from flag where id = ? and cleared_at is null)",
                Boolean.class, flag);
        return Boolean.TRUE.equals(open);
    }
}
