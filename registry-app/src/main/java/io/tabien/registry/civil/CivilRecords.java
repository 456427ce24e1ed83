package io.tabien.registry.civil;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Sex;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What other features may ask the civil registry about a person when they handle a command: committed facts,
 * read in the command's own transaction.
 */
public interface CivilRecords {

    record CivilRecord(LocalDate dateOfBirth, Sex sex, LocalDate dateOfDeath) {

        public boolean alive() {
            return dateOfDeath == null;
        }
    }

    Optional<CivilRecord> civilRecord(PersonId personId);
}
