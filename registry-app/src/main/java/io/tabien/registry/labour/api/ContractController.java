package io.tabien.registry.labour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.ApproveContract;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.ContractView;
import io.tabien.contracts.labour.DepositSavings;
import io.tabien.contracts.labour.ExplainContract;
import io.tabien.contracts.labour.FindContract;
import io.tabien.contracts.labour.FindContracts;
import io.tabien.contracts.labour.RecordDeparture;
import io.tabien.contracts.labour.RecordFeePayment;
import io.tabien.contracts.labour.RecordReturn;
import io.tabien.contracts.labour.RefundSavings;
import io.tabien.contracts.labour.RegisterContract;
import io.tabien.contracts.labour.RejectContract;
import io.tabien.contracts.labour.TerminateContract;
import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import io.tabien.registry.web.RecordId;
import io.tabien.registry.web.Responses;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

import static io.tabien.registry.web.Responses.recorded;

@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private static final String CONTRACTS = "contracts";

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final AccessLog accessLog;

    ContractController(Commands commands, Queries queries, ReadAccess access, AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Register a recruitment contract")
    @PostMapping
    ResponseEntity<RecordId> register(@Valid @RequestBody LabourRequests.Register request) {
        ContractId id = request.id() != null ? new ContractId(request.id()) : ContractId.random();
        var command = new RegisterContract(id, new PersonId(request.workerPersonId()),
                request.agencyId() == null ? null : new AgencyId(request.agencyId()), request.channel(),
                request.employerName(), request.destinationCountry(), request.sector(), request.jobTitle(),
                request.monthlyWage().toMoney(), request.durationMonths(), request.contractLanguage(),
                request.signedOn());
        return Responses.created("/api/contracts", commands.send(id, command, request, ContractId.class));
    }

    @Operation(summary = "Read a contract with its fees, savings and history")
    @GetMapping("/{id}")
    ContractView contract(@PathVariable UUID id) {
        ContractView contract = queries.one(CONTRACTS, new FindContract(new ContractId(id), access.contractReaders()),
                ContractView.class, "contract", id);
        accessLog.read(AccessKind.CONTRACT, List.of(id));
        return contract;
    }

    @Operation(summary = "Find contracts by worker or agency")
    @GetMapping
    List<ContractView> contracts(@RequestParam(required = false) UUID worker,
                                 @RequestParam(required = false) UUID agency) {
        List<ContractView> found = queries.list(CONTRACTS, new FindContracts(worker, agency, access.contractReaders()),
                ContractView.class);
        accessLog.searched(AccessKind.CONTRACT, found.stream().map(contract -> contract.id().value()).toList());
        return found;
    }

    @Operation(summary = "Record that the contract was explained to the worker")
    @PostMapping("/{id}/explanation")
    ResponseEntity<RecordId> explain(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Explanation request) {
        ContractId contract = new ContractId(id);
        return recorded(commands.send(contract, new ExplainContract(contract, request.language(), request.explainedBy(),
                request.workerAcknowledged(), request.explainedOn()), request, Void.class), id);
    }

    @Operation(summary = "Approve a contract")
    @PostMapping("/{id}/approval")
    ResponseEntity<RecordId> approve(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Approval request) {
        ContractId contract = new ContractId(id);
        return recorded(commands.send(contract, new ApproveContract(contract, request.approvedOn()), request,
                Void.class), id);
    }

    @Operation(summary = "Reject a contract")
    @PostMapping("/{id}/rejection")
    ResponseEntity<RecordId> reject(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Rejection request) {
        ContractId contract = new ContractId(id);
        return recorded(commands.send(contract, new RejectContract(contract, request.rejectedOn(), request.reason()),
                request, Void.class), id);
    }

    @Operation(summary = "Record the worker's departure under a contract")
    @PostMapping("/{id}/departure")
    ResponseEntity<RecordId> depart(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Departure request) {
        ContractId contract = new ContractId(id);
        return recorded(commands.send(contract, new RecordDeparture(contract, request.departedOn(),
                request.checkpoint()), request, Void.class), id);
    }

    @Operation(summary = "Record the worker's return under a contract")
    @PostMapping("/{id}/return")
    ResponseEntity<RecordId> comeBack(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Return request) {
        ContractId contract = new ContractId(id);
        return recorded(commands.send(contract, new RecordReturn(contract, request.returnedOn(), request.checkpoint(),
                request.reason()), request, Void.class), id);
    }

    @Operation(summary = "Terminate a contract")
    @PostMapping("/{id}/termination")
    ResponseEntity<RecordId> terminate(@PathVariable UUID id,
                                                @Valid @RequestBody LabourRequests.Termination request) {
        ContractId contract = new ContractId(id);
        return recorded(commands.send(contract, new TerminateContract(contract, request.terminatedOn(),
                request.reason()), request, Void.class), id);
    }

    @Operation(summary = "Record a fee paid on a contract")
    @PostMapping("/{id}/fees")
    ResponseEntity<RecordId> fee(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Fee request) {
        ContractId contract = new ContractId(id);
        var command = new RecordFeePayment(contract, request.payer(),
                request.payeeAgencyId() == null ? null : new AgencyId(request.payeeAgencyId()), request.payeeName(),
                request.type(), request.amount().toMoney(), request.paidOn(), request.receiptNumber());
        return recorded(commands.send(contract, command, request, Void.class), id);
    }

    @Operation(summary = "Record forced savings deposited on a contract")
    @PostMapping("/{id}/savings")
    ResponseEntity<RecordId> deposit(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Savings request) {
        ContractId contract = new ContractId(id);
        return recorded(commands.send(contract, new DepositSavings(contract, request.amount().toMoney(),
                request.depositedOn()), request, Void.class), id);
    }

    @Operation(summary = "Record a refund of forced savings")
    @PostMapping("/{id}/savings-refund")
    ResponseEntity<RecordId> refund(@PathVariable UUID id,
                                             @Valid @RequestBody LabourRequests.SavingsRefund request) {
        ContractId contract = new ContractId(id);
        return recorded(commands.send(contract, new RefundSavings(contract, request.amount().toMoney(),
                request.refundedOn()), request, Void.class), id);
    }
}
