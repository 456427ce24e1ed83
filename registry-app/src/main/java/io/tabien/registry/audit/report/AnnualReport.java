package io.tabien.registry.audit.report;

import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.flags.FindFlags;
import io.tabien.contracts.flags.FlagReaders;
import io.tabien.contracts.flags.FlagView;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceReferred;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.ReferralAnswer;
import io.tabien.contracts.grievance.ReferralAnswered;
import io.tabien.contracts.grievance.ScreeningOutcome;
import io.tabien.contracts.grievance.TraffickingScreeningCompleted;
import io.tabien.contracts.labour.AgencyStatus;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.FindAgencies;
import io.tabien.contracts.labour.ReturnRegistered;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;
import io.tabien.registry.audit.report.AnnualReportView.Row;
import io.tabien.registry.audit.report.AnnualReportView.Section;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of the annual progress report. They are counted from the events themselves rather than from the read
 * models, because a read model answers "how do things stand now" while the report must answer "what happened that
 * year", and must give the same answer when it is run again after a replay. Only flags and licence standings are
 * asked of their projections: they are judgements made over many events, and the report must agree with what the
 * registry shows for them.
 * <p>
 * Facts with a date of their own (a contract signed, a fee paid) are counted by that date, so that records entered
 * late still land in the year they happened. Births are counted by when they were registered, since the report
 * measures registration work, not births. A birth counts under the province written when it was registered; later
 * corrections do not move it.
 */
@Component
public class AnnualReport {

    private static final Logger log = LoggerFactory.getLogger(AnnualReport.class);

    /** Enough for every flag of a national registry; the projection answers newest first up to this many. */
    static final int FLAG_LIMIT = 100_000;
    static final List<String> CUSTODY_RULES = List.of("DOC-HELD-BY-EMPLOYER", "DOC-HELD-BY-AGENCY");
    static final String UNANSWERED = "UNANSWERED";

    private final JdbcTemplate jdbc;
    private final QueryGateway queryGateway;
    private final Clock clock;

    AnnualReport(JdbcTemplate jdbc, QueryGateway queryGateway, Clock clock) {
        this.jdbc = jdbc;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /**
     * The report for a calendar year in the registry's zone. The caller says whether the reader sees small counts
     * (only auditors do); who may see them is decided with every other read in {@code security.ReadAccess}.
     */
    public AnnualReportView build(int year, boolean auditor) {
        ReportYear period = new ReportYear(year, clock.getZone(), LocalDate.now(clock));
        Disclosure disclosure = new Disclosure(auditor);
        List<FlagView> flags = flagsStandingOn(period.standingOn());
        List<Section> sections = List.of(
                disclosure.section("birthsByProvince", births(period)),
                disclosure.section("familyBooksIssuedByProvince", familyBooks(period)),
                disclosure.section("passportsIssued", passports(period)),
                disclosure.section("custodyFlags", custodyFlags(flags, period)),
                disclosure.section("agenciesByStatus", agencies(period)),
                disclosure.section("contractsRegistered", contractsRegistered(period)),
                disclosure.section("contractsApproved", contractSteps(ContractApproved.class, "approvedOn", period)),
                disclosure.section("workersDeparted", contractSteps(WorkerDeparted.class, "departedOn", period)),
                disclosure.section("workerPaidFeesByType", workerFeesByType(period)),
                disclosure.section("workerPaidFeeTotals", workerFeeTotals(period)),
                disclosure.section("returns", returns(period)),
                disclosure.section("flagsRaisedByRule", flagsRaised(flags, period)),
                disclosure.section("grievancesByCategoryAndCountry", grievances(period)),
                disclosure.section("screeningsByOutcome", screenings(period)),
                disclosure.section("referralsByDestinationAndAnswer", referrals(period)),
                disclosure.section("grievancesByChannel", grievancesByChannel(period)),
                disclosure.section("screeningsByChannelAndOutcome", screeningsByChannel(period)),
                disclosure.section("referralsByChannelAndAnswer", referralsByChannel(period)));
        return new AnnualReportView(year, clock.instant(), sections);
    }

    /**
     * The report as it is published for anyone to read: small counts hidden, whoever asks, since a published figure
     * cannot know its reader.
     */
    public AnnualReportView published(int year) {
        return build(year, false);
    }

    private List<Tally> births(ReportYear period) {
        return tallies(List.of("province", "timing"), """
                select payload->'placeOfBirth'->>'province',
                       case when (payload->>'lateRegistration')::boolean then 'late' else 'on-time' end,
                       count(*)
                from event_log
                where payload_type = ? and time_stamp >= ? and time_stamp < ?
                group by 1, 2 order by 1, 2""", type(BirthRegistered.class), period.start(), period.end());
    }

    private List<Tally> familyBooks(ReportYear period) {
        return tallies(List.of("province"), """
                select payload->'address'->>'province', count(*)
                from event_log
                where payload_type = ? and (payload->>'issuedOn')::date between ? and ?
                group by 1 order by 1""", type(FamilyBookIssued.class), period.firstDay(), period.lastDay());
    }

    private List<Tally> passports(ReportYear period) {
        return tallies(List.of(), """
                select count(*)
                from event_log
                where payload_type = ? and (payload->>'issuedOn')::date between ? and ?""",
                type(PassportIssued.class), period.firstDay(), period.lastDay());
    }

    /** Every custody rule is listed with both changes, zeros included, so that "none" reads as none. */
    private static List<Tally> custodyFlags(List<FlagView> flags, ReportYear period) {
        List<Tally> tallies = new ArrayList<>();
        for (String rule : CUSTODY_RULES) {
            List<FlagView> ofRule = flags.stream().filter(flag -> flag.rule().equals(rule)).toList();
            tallies.add(Tally.of(keys("rule", rule, "change", "raised"),
                    count(ofRule, flag -> period.contains(flag.raisedAt()))));
            tallies.add(Tally.of(keys("rule", rule, "change", "cleared"),
                    count(ofRule, flag -> period.contains(flag.clearedAt()))));
        }
        return tallies;
    }

    private List<Tally> agencies(ReportYear period) {
        List<AgencyView> agencies = answer(new FindAgencies(null, period.standingOn()), AgencyView.class);
        Map<String, Long> byStatus = agencies.stream()
                .collect(Collectors.groupingBy(agency -> String.valueOf(agency.status()), TreeMap::new,
                        Collectors.counting()));
        List<Tally> found = byStatus.entrySet().stream()
                .map(status -> Tally.of(keys("status", status.getKey()), status.getValue())).toList();
        return everyCombination(found, List.of("status"), names(AgencyStatus.values()));
    }

    private List<Tally> contractsRegistered(ReportYear period) {
        return tallies(List.of("channel", "destinationCountry"), """
                select payload->>'channel', payload->>'destinationCountry', count(*)
                from event_log
                where payload_type = ? and (payload->>'signedOn')::date between ? and ?
                group by 1, 2 order by 1, 2""", type(ContractRegistered.class), period.firstDay(), period.lastDay());
    }

    /** Approvals and departures carry only their date; channel and destination are on the contract as registered. */
    private List<Tally> contractSteps(Class<?> step, String dateField, ReportYear period) {
        return tallies(List.of("channel", "destinationCountry"), """
                select contract.payload->>'channel', contract.payload->>'destinationCountry', count(*)
                from event_log step
                join event_log contract on contract.aggregate_identifier = step.aggregate_identifier
                                       and contract.payload_type = ?
                where step.payload_type = ? and (step.payload->>'%s')::date between ? and ?
                group by 1, 2 order by 1, 2""".formatted(dateField),
                type(ContractRegistered.class), type(step), period.firstDay(), period.lastDay());
    }

    private List<Tally> workerFeesByType(ReportYear period) {
        return tallies(List.of("feeType"), """
                select payload->>'type', count(*)
                from event_log
                where payload_type = ? and payload->>'payer' = ? and (payload->>'paidOn')::date between ? and ?
                group by 1 order by 1""",
                type(FeePaymentRecorded.class), FeePayer.WORKER.name(), period.firstDay(), period.lastDay());
    }

    /** Amounts are summed per currency and never converted: the report states what workers paid, as they paid it. */
    private List<Tally> workerFeeTotals(ReportYear period) {
        return tallies(List.of("feeType", "currency"), """
                select payload->>'type', payload->'amount'->>'currency', count(*),
                       sum((payload->'amount'->>'amount')::numeric)
                from event_log
                where payload_type = ? and payload->>'payer' = ? and (payload->>'paidOn')::date between ? and ?
                group by 1, 2 order by 1, 2""",
                type(FeePaymentRecorded.class), FeePayer.WORKER.name(), period.firstDay(), period.lastDay());
    }

    private List<Tally> returns(ReportYear period) {
        String sql = """
                select count(*)
                from event_log
                where payload_type = ? and (payload->>'returnedOn')::date between ? and ?""";
        return List.of(
                Tally.of(keys("contract", "with"), single(sql, type(WorkerReturned.class), period)),
                Tally.of(keys("contract", "without"), single(sql, type(ReturnRegistered.class), period)));
    }

    private static List<Tally> flagsRaised(List<FlagView> flags, ReportYear period) {
        Map<String, Long> byRule = flags.stream()
                .filter(flag -> period.contains(flag.raisedAt()))
                .collect(Collectors.groupingBy(FlagView::rule, TreeMap::new, Collectors.counting()));
        return byRule.entrySet().stream().map(rule -> Tally.of(keys("rule", rule.getKey()), rule.getValue())).toList();
    }

    /** A grievance about several things is counted under each, as the ILO indicators are reported one by one. */
    private List<Tally> grievances(ReportYear period) {
        return tallies(List.of("category", "country"), """
                select category.name, grievance.payload->>'country', count(*)
                from event_log grievance
                cross join lateral jsonb_array_elements_text(grievance.payload->'categories') as category(name)
                where grievance.payload_type = ? and (grievance.payload->>'reportedOn')::date between ? and ?
                group by 1, 2 order by 1, 2""", type(GrievanceRegistered.class), period.firstDay(), period.lastDay());
    }

    private List<Tally> screenings(ReportYear period) {
        List<Tally> found = tallies(List.of("outcome"), """
                select payload->>'outcome', count(*)
                from event_log
                where payload_type = ? and (payload->>'screenedOn')::date between ? and ?
                group by 1 order by 1""",
                type(TraffickingScreeningCompleted.class), period.firstDay(), period.lastDay());
        return everyCombination(found, List.of("outcome"), names(ScreeningOutcome.values()));
    }

    /** Grievances by the way they reached the attaché, every channel listed so that a silent hotline shows as 0. */
    private List<Tally> grievancesByChannel(ReportYear period) {
        List<Tally> found = tallies(List.of("channel"), """
                select payload->>'channel', count(*)
                from event_log
                where payload_type = ? and (payload->>'reportedOn')::date between ? and ?
                group by 1 order by 1""", type(GrievanceRegistered.class), period.firstDay(), period.lastDay());
        return everyCombination(found, List.of("channel"), names(GrievanceChannel.values()));
    }

    /** A screening is a later event of the grievance's own record, which holds the channel it came in by. */
    private List<Tally> screeningsByChannel(ReportYear period) {
        List<Tally> found = tallies(List.of("channel", "outcome"), """
                select grievance.payload->>'channel', screening.payload->>'outcome', count(*)
                from event_log screening
                join event_log grievance on grievance.aggregate_identifier = screening.aggregate_identifier
                                        and grievance.payload_type = ?
                where screening.payload_type = ? and (screening.payload->>'screenedOn')::date between ? and ?
                group by 1, 2 order by 1, 2""",
                type(GrievanceRegistered.class), type(TraffickingScreeningCompleted.class), period.firstDay(),
                period.lastDay());
        return everyCombination(found, List.of("channel", "outcome"), names(GrievanceChannel.values()),
                names(ScreeningOutcome.values()));
    }

    private List<Tally> referrals(ReportYear period) {
        return referralsBy("to", "referral.payload->>'to'", period);
    }

    private List<Tally> referralsByChannel(ReportYear period) {
        List<String> answers = new ArrayList<>(names(ReferralAnswer.values()));
        answers.add(UNANSWERED);
        return everyCombination(referralsBy("channel", "grievance.payload->>'channel'", period),
                List.of("channel", "answer"), names(GrievanceChannel.values()), answers);
    }

    /**
     * Referrals made in the year, by {@code dimension} (an expression over the referral and the grievance it was made
     * on) and the answer each had by the year's end: a report run again later must not change its figures because
     * an answer came in the next year.
     */
    private List<Tally> referralsBy(String keyName, String dimension, ReportYear period) {
        return tallies(List.of(keyName, "answer"), """
                select %s, coalesce(answer.payload->>'answer', ?), count(*)
                from event_log referral
                join event_log grievance on grievance.aggregate_identifier = referral.aggregate_identifier
                                        and grievance.payload_type = ?
                left join event_log answer on answer.aggregate_identifier = referral.aggregate_identifier
                                          and answer.payload_type = ?
                                          and answer.payload->>'referralId' = referral.payload->>'referralId'
                                          and (answer.payload->>'answeredOn')::date <= ?
                where referral.payload_type = ? and (referral.payload->>'referredOn')::date between ? and ?
                group by 1, 2 order by 1, 2""".formatted(dimension),
                UNANSWERED, type(GrievanceRegistered.class), type(ReferralAnswered.class), period.lastDay(),
                type(GrievanceReferred.class), period.firstDay(), period.lastDay());
    }

    private List<FlagView> flagsStandingOn(LocalDate day) {
        List<FlagView> flags = answer(new FindFlags(null, null, null, null, FLAG_LIMIT, FlagReaders.NATIONAL, day),
                FlagView.class);
        if (flags.size() >= FLAG_LIMIT) {
            // Newest first: it is the oldest flags, those of earlier years, that are missing.
            log.warn("The annual report read only the newest {} flags; earlier years' flag figures are incomplete",
                    FLAG_LIMIT);
        }
        return flags;
    }

    private <R> List<R> answer(Object query, Class<R> type) {
        try {
            return queryGateway.query(query, ResponseTypes.multipleInstancesOf(type)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private long single(String sql, String payloadType, ReportYear period) {
        Long count = jdbc.queryForObject(sql, Long.class, payloadType, period.firstDay(), period.lastDay());
        return count == null ? 0 : count;
    }

    /**
     * Rows of a grouped count: the key columns first, in the order of {@code keyNames}, then the count, then the
     * amount if the query sums one.
     */
    private List<Tally> tallies(List<String> keyNames, String sql, Object... arguments) {
        return jdbc.query(sql, (row, rowNumber) -> tally(keyNames, row), arguments);
    }

    private static Tally tally(List<String> keyNames, ResultSet row) throws SQLException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int column = 1; column <= keyNames.size(); column++) {
            String value = row.getString(column);
            keys.put(keyNames.get(column - 1), value == null ? "unknown" : value);
        }
        long count = row.getLong(keyNames.size() + 1);
        boolean summed = row.getMetaData().getColumnCount() > keyNames.size() + 1;
        return new Tally(keys, count, summed ? row.getBigDecimal(keyNames.size() + 2) : null);
    }

    /**
     * Every combination of the keys' closed lists of values, in the lists' order, zeros included, so that "none" reads
     * as none; any other combination found (a value added to a list since) follows them in the order found.
     */
    @SafeVarargs
    private static List<Tally> everyCombination(List<Tally> found, List<String> keyNames, List<String>... values) {
        List<Map<String, String>> combinations = List.of(Map.of());
        for (int key = 0; key < keyNames.size(); key++) {
            List<Map<String, String>> longer = new ArrayList<>();
            for (Map<String, String> combination : combinations) {
                for (String value : values[key]) {
                    Map<String, String> keys = new LinkedHashMap<>(combination);
                    keys.put(keyNames.get(key), value);
                    longer.add(keys);
                }
            }
            combinations = longer;
        }
        Map<Map<String, String>, Long> counts = new LinkedHashMap<>();
        combinations.forEach(keys -> counts.put(keys, 0L));
        found.forEach(tally -> counts.merge(tally.keys(), tally.count(), Long::sum));
        return counts.entrySet().stream().map(count -> Tally.of(count.getKey(), count.getValue())).toList();
    }

    private static <T> long count(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).count();
    }

    private static Map<String, String> keys(String... namesAndValues) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            keys.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return keys;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String type(Class<?> event) {
        return event.getName();
    }

    /** A count before it is decided how much of it the reader may see. */
    private record Tally(Map<String, String> keys, long count, BigDecimal total) {

        static Tally of(Map<String, String> keys, long count) {
            return new Tally(keys, count, null);
        }
    }

    /**
     * What a reader may see: outside the audit office a count of one or two could single out a worker, a victim or
     * a family, so it is shown as "fewer than three", and a sum over so few payments is left out for the same reason.
     */
    private record Disclosure(boolean auditor) {

        Section section(String name, List<Tally> tallies) {
            return new Section(name, tallies.stream().map(this::row).toList());
        }

        private Row row(Tally tally) {
            boolean fewerThanThree = tally.count() < 3;
            Object count = auditor || !fewerThanThree || tally.count() == 0 ? tally.count() : AnnualReportView.SUPPRESSED;
            BigDecimal total = auditor || !fewerThanThree ? tally.total() : null;
            return new Row(Collections.unmodifiableMap(tally.keys()), count, total);
        }
    }

    /**
     * A calendar year in the registry's zone. Standings (licences, open flags) are taken on its last day, or today
     * while the year is still running: judging them on a day that has not come would count licences as expired and
     * flags as raised before they are.
     */
    private record ReportYear(int year, ZoneId zone, LocalDate today) {

        LocalDate firstDay() {
            return LocalDate.of(year, 1, 1);
        }

        LocalDate lastDay() {
            return LocalDate.of(year, 12, 31);
        }

        LocalDate standingOn() {
            return today.isBefore(lastDay()) ? today : lastDay();
        }

        OffsetDateTime start() {
            return firstDay().atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }

        OffsetDateTime end() {
            return firstDay().plusYears(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }

        boolean contains(Instant moment) {
            return moment != null && !moment.isBefore(start().toInstant()) && moment.isBefore(end().toInstant());
        }
    }
}
