package io.tabien.contracts.labour;

import io.tabien.contracts.HistoryEntry;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.grievance.GrievanceSummary;

import java.time.LocalDate;
import java.util.List;

public record ContractView(
        ContractId id,
        PersonId workerPersonId,
        AgencyId agencyId,
        Channel channel,
        String employerName,
        String destinationCountry,
        Sector sector,
        String jobTitle,
        Money monthlyWage,
        int durationMonths,
        String contractLanguage,
        LocalDate signedOn,
        ContractState state,
        LocalDate approvedOn,
        LocalDate departedOn,
        LocalDate returnedOn,
        ReturnReason returnReason,
        LocalDate terminatedOn,
        LocalDate explainedOn,
        String explainedInLanguage,
        Boolean workerAcknowledged,
        List<FeeView> fees,
        List<Money> savingsBalance,
        List<GrievanceSummary> grievances,
        List<HistoryEntry> history) {
}
