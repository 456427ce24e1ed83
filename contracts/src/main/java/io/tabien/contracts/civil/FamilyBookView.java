package io.tabien.contracts.civil;

import io.tabien.contracts.HistoryEntry;

import java.time.LocalDate;
import java.util.List;

/** @param version the sequence number of the book's last event shown here, as for {@link PersonView#version()} */
public record FamilyBookView(
        FamilyBookId id,
        String bookNumber,
        List<String> previousBookNumbers,
        Place address,
        PersonId headPersonId,
        LocalDate issuedOn,
        List<FamilyMemberView> members,
        List<HistoryEntry> history,
        long version) {
}
