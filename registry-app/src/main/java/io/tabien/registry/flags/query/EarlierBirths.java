package io.tabien.registry.flags.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Births registered before a given one (by position in the event store), for rules to compare with. */
interface EarlierBirths {

    /** Births to the same mother, by person id or by name, born within the given dates. */
    List<BirthRecord> ofMother(UUID motherPersonId, String motherName, LocalDate bornFrom, LocalDate bornTo,
                               long beforeGlobalIndex);
}
