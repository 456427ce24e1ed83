package io.tabien.contracts.civil;

import io.tabien.contracts.HistoryEntry;

import java.time.LocalDate;
import java.util.List;

public record FamilyBookView(
        FamilyBookId id,
        String bookNumber,
        List<String> previousBookNumbers,
        Place address,
        PersonId headPersonId,
        LocalDate issuedOn,
        List<FamilyMemberView> members,
        List<HistoryEntry> history) {
}
