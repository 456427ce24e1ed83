package io.tabien.registry.flags.query;

import io.tabien.registry.platform.reference.ExchangeRates;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The stored flags of the rules judged over a person's facts: contracts, returns, grievances and passport custody.
 * The facts projections say whose facts an event changed; once per unit of work, just before it commits, the flags
 * of those persons are judged again and replace their stored ones. A list of flags is then a read of stored rows.
 *
 * <p>Every rule is judged over the whole timeline, not as of a day: a rule that depends on elapsed time stores the
 * moment its flag becomes due as the flag's {@code raised_at}, and the moment it was cleared as {@code cleared_at},
 * even in the future. A list as of a day keeps the flags raised before the day ends, and shows open those cleared
 * only after it; so no timer is needed, and a replay stores the same rows whenever it runs.
 */
@Component
class PersonFlags {

    /** Judged as of no day in particular: late enough that every flag's whole timeline is before it. */
    private static final LocalDate WHOLE_TIMELINE = LocalDate.of(9999, 12, 30);
    /** One judge at a time: a judgement loads the exchange rates, which change outside the event stream. */
    private static final long JUDGING_LOCK = 0x7461_6269_656e_666cL;
    private static final String CHANGES = PersonFlags.class.getName();

    private final JdbcTemplate jdbc;
    private final PersonFacts facts;
    private final List<CustodyRule> custodyRules;
    private final List<LabourRule> labourRules;
    private final ReturnWithoutDeparture returnRule;
    private final RetentionReported retentionRule;
    private final ExchangeRates exchangeRates;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PersonFlags(JdbcTemplate jdbc, PersonFacts facts, List<CustodyRule> custodyRules, List<LabourRule> labourRules,
                ReturnWithoutDeparture returnRule, RetentionReported retentionRule, ExchangeRates exchangeRates,
                Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.custodyRules = custodyRules;
        this.labourRules = labourRules;
        this.returnRule = returnRule;
        this.retentionRule = retentionRule;
        this.exchangeRates = exchangeRates;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The records whose facts changed in one unit of work; each kind names its persons at the end. */
    private static final class Changes {
        final Set<UUID> persons = new HashSet<>();
        final Set<UUID> contracts = new HashSet<>();
        final Set<UUID> passports = new HashSet<>();
        final Set<UUID> agencies = new HashSet<>();
        final Set<UUID> grievances = new HashSet<>();
    }

    void personChanged(UUID person) {
        record(changes -> changes.persons.add(person));
    }

    void contractChanged(UUID contract) {
        record(changes -> changes.contracts.add(contract));
    }

    void passportChanged(UUID passport) {
        record(changes -> changes.passports.add(passport));
    }

    /** A licence change may change the flags of every contract naming the agency or paying it a fee. */
    void agencyChanged(UUID agency) {
        record(changes -> changes.agencies.add(agency));
    }

    void grievanceChanged(UUID grievance) {
        record(changes -> changes.grievances.add(grievance));
    }

    /** A new exchange rate changes how the fees in its currency, and the fees of wages in it, compare with the cap. */
    @EventListener
    void on(ExchangeRates.RateAdded added) {
        transaction.executeWithoutResult(status -> {
            Changes changes = new Changes();
            changes.persons.addAll(jdbc.queryForList("""
                            select distinct c.worker_person_id from flag_contract c
                            join flag_contract_step s on s.contract_id = c.contract_id
                            where s.step = 'FEE' and (s.currency = ? or c.wage_currency = ?)""",
                    UUID.class, added.currency(), added.currency()));
            judgeAgain(changes);
        });
    }

    /**
     * Adds a change to those of the current unit of work, judged when it prepares to commit, after all its events are
     * projected; without a unit of work, judges it at once.
     */
    private void record(Consumer<Changes> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            Changes now = new Changes();
            change.accept(now);
            judgeAgain(now);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        change.accept(root.getOrComputeResource(CHANGES, key -> {
            Changes changes = new Changes();
            root.onPrepareCommit(unitOfWork -> judgeAgain(changes));
            return changes;
        }));
    }

    /**
     * Judges the persons' flags again and writes only what changed: most changes of a person's facts leave most of
     * their flags as they were, and a flag judged the same is left as it is stored rather than written again, which
     * would churn the flag table and its indexes for nothing.
     */
    private void judgeAgain(Changes changes) {
        Set<UUID> persons = persons(changes);
        if (persons.isEmpty()) {
            return;
        }
        jdbc.query("select pg_advisory_xact_lock(?)", row -> {
        }, JUDGING_LOCK);
        List<StoredFlag> flags = judge(persons);
        jdbc.update("delete from flag where from_facts and person_id = any(?) and id <> all(?)",
                PersonFacts.array(persons), PersonFacts.array(flags.stream().map(flag -> flag.flag().id()).toList()));
        jdbc.batchUpdate("""
                        insert into flag as stored (id, rule, category, person_id, subject_id, province, district,
                            raised_at, cleared_at, reason, evidence, from_facts, country, listed_from, order_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)
                        on conflict (id) do update set rule = excluded.rule, category = excluded.category,
                            person_id = excluded.person_id, subject_id = excluded.subject_id,
                            province = excluded.province, district = excluded.district, raised_at = excluded.raised_at,
                            cleared_at = excluded.cleared_at, reason = excluded.reason, evidence = excluded.evidence,
                            from_facts = true, country = excluded.country, listed_from = excluded.listed_from,
                            order_key = excluded.order_key
                        where (stored.rule, stored.category, stored.person_id, stored.subject_id, stored.province,
                                stored.district, stored.raised_at, stored.cleared_at, stored.reason, stored.evidence,
                                stored.from_facts, stored.country, stored.listed_from)
                            is distinct from (excluded.rule, excluded.category, excluded.person_id,
                                excluded.subject_id, excluded.province, excluded.district, excluded.raised_at,
                                excluded.cleared_at, excluded.reason, excluded.evidence, true, excluded.country,
                                excluded.listed_from)""",
                flags, 500, (ps, stored) -> {
                    RaisedFlag flag = stored.flag();
                    bindRaised(ps, flag);
                    ps.setTimestamp(9, flag.clearedAt() == null ? null : Timestamp.from(flag.clearedAt()));
                    ps.setString(10, flag.reason());
                    ps.setArray(11, ps.getConnection().createArrayOf("bigint", flag.evidence().toArray()));
                    ps.setString(12, stored.country());
                    ps.setObject(13, stored.listedFrom());
                    ps.setObject(14, orderKey(flag.id()));
                });
    }

    /** A flag as stored: with the country an attaché sees it in and the first day it is listed on, if any. */
    private record StoredFlag(RaisedFlag flag, String country, LocalDate listedFrom) {
    }

    private List<StoredFlag> judge(Set<UUID> persons) {
        List<StoredFlag> flags = new ArrayList<>();
        LabourRule.Judgement judgement = new LabourRule.Judgement(WHOLE_TIMELINE, clock.getZone(),
                exchangeRates.table());
        for (ContractFacts contract : facts.contracts(persons)) {
            for (LabourRule rule : labourRules) {
                rule.evaluate(contract, judgement).forEach(flag ->
                        flags.add(new StoredFlag(flag, contract.destinationCountry(), contract.signedOn())));
            }
        }
        for (ReturnWithoutDeparture.Return returned : facts.returns(persons)) {
            returnRule.evaluate(returned, judgement).ifPresent(flag -> flags.add(new StoredFlag(flag, null, null)));
        }
        for (RetentionReported.Report report : facts.retentionReports(persons)) {
            retentionRule.evaluate(report, judgement)
                    .ifPresent(flag -> flags.add(new StoredFlag(flag, report.country(), null)));
        }
        for (PersonFacts.Custody custody : facts.custody(persons)) {
            for (CustodyRule rule : custodyRules) {
                rule.evaluate(custody.episode(), WHOLE_TIMELINE, clock.getZone()).ifPresent(flag ->
                        flags.add(new StoredFlag(flag, custody.country(), custody.episode().since())));
            }
        }
        return flags;
    }

    /** Everyone whose facts the changed records are part of. */
    private Set<UUID> persons(Changes changes) {
        Set<UUID> persons = new HashSet<>(changes.persons);
        if (!changes.contracts.isEmpty() || !changes.passports.isEmpty() || !changes.agencies.isEmpty()
                || !changes.grievances.isEmpty()) {
            var agencies = PersonFacts.array(changes.agencies);
            persons.addAll(jdbc.queryForList("""
                            select worker_person_id from flag_contract where contract_id = any(?)
                            union select holder_person_id from flag_passport where passport_id = any(?)
                            union select worker_person_id from flag_grievance
                                where grievance_id = any(?) and worker_person_id is not null
                            union select worker_person_id from flag_contract where agency_id = any(?)
                            union select c.worker_person_id from flag_contract_step s
                                join flag_contract c on c.contract_id = s.contract_id
                                where s.payee_agency = any(?)""",
                    UUID.class, PersonFacts.array(changes.contracts), PersonFacts.array(changes.passports),
                    PersonFacts.array(changes.grievances), agencies, agencies));
        }
        return persons;
    }

    /** The columns every stored flag begins with, as both inserts name them: id to raised_at. */
    static void bindRaised(PreparedStatement ps, RaisedFlag flag) throws SQLException {
        ps.setObject(1, flag.id());
        ps.setString(2, flag.rule());
        ps.setString(3, flag.category().code());
        ps.setObject(4, flag.personId());
        ps.setObject(5, flag.subjectId());
        ps.setString(6, flag.province());
        ps.setString(7, flag.district());
        ps.setTimestamp(8, Timestamp.from(flag.raisedAt()));
    }

    /**
     * The id with the top bit of each half flipped: PostgreSQL orders these as the registry's own {@link UUID}
     * comparison orders the ids, which compares each half as a signed number.
     */
    static UUID orderKey(UUID id) {
        return new UUID(id.getMostSignificantBits() ^ Long.MIN_VALUE, id.getLeastSignificantBits() ^ Long.MIN_VALUE);
    }
}
