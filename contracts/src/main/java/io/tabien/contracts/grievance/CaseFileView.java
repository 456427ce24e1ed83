package io.tabien.contracts.grievance;

import io.tabien.contracts.HistoryEntry;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The protected part of a grievance: who, what happened, what was done. Once erased, the worker's name and passport
 * number, the narrative and the evidence descriptions are null and {@code erasure} says when and why; before, it is
 * null.
 */
public record CaseFileView(
        PersonId workerPersonId,
        String workerName,
        String passportNumber,
        ContractId contractId,
        String employerName,
        String city,
        String narrative,
        List<Evidence> evidence,
        Screening screening,
        List<Referral> referrals,
        Set<GrievanceOutcome> outcomes,
        Money wagesRecovered,
        List<HistoryEntry> history,
        Erasure erasure) {

    public record Evidence(String description, String documentReference, LocalDate addedOn) {
    }

    public record Screening(Set<GrievanceCategory> indicators, ScreeningOutcome outcome, ScreeningAuthority decidedBy,
                            LocalDate screenedOn) {
    }

    public record Referral(ReferralId id, ReferralTarget to, boolean consent, String overrideReason,
                           LocalDate referredOn, ReferralAnswer answer, String answerReason, LocalDate answeredOn) {
    }

    public record Erasure(ErasureGround ground, String reason, LocalDate erasedOn) {
    }
}
