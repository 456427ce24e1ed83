package io.tabien.registry.flags.query;

import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Sector;
import io.tabien.registry.labour.LicenceTimeline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;

/**
 * Reads what the rules judge about some persons, from the facts the flags projection keeps: their contracts with
 * their steps and agencies, their returns without contract, the grievances reporting their documents retained, and
 * the custody episodes of their passports. Each read takes the persons at once.
 */
@Component
class PersonFacts {

    private final JdbcTemplate jdbc;

    PersonFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids as one parameter of type {@code uuid[]}, written {@code = any(?)}. Typed, not text cast in the query: a
     * cast of a parameter is evaluated again for every row a scan filters, which parses every id of the array each
     * time.
     */
    static SqlTypeValue array(Collection<UUID> ids) {
        Object[] elements = ids.toArray();
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("uuid", elements);
            }
        };
    }

    /** The contracts of the workers, with everything the labour rules need. */
    List<ContractFacts> contracts(Collection<UUID> workers) {
        SqlTypeValue ids = array(workers);
        Map<UUID, LicenceTimeline> licences = licences();
        Map<UUID, String> agencyNames = new HashMap<>();
        jdbc.query("select agency_id, name from flag_agency",
                row -> {
                    agencyNames.put(row.getObject(1, UUID.class), row.getString(2));
                });
        Map<UUID, List<ContractFacts.Step>> steps = new HashMap<>();
        // The steps are read by their contracts' ids, gathered first, not by a join on the worker: the planner
        // estimates a join for some hundred contracts dearer than a scan of every step, a scan that grows with the
        // registry and cost most of the flags' rebuild.
        jdbc.query("""
                        select s.* from flag_contract_step s
                        where s.contract_id = any(array(
                            select contract_id from flag_contract where worker_person_id = any(?)))
                        order by s.global_index""",
                row -> {
                    UUID payee = row.getObject("payee_agency", UUID.class);
                    String payer = row.getString("payer");
                    String feeType = row.getString("fee_type");
                    Timestamp stored = row.getTimestamp("stored_at");
                    steps.computeIfAbsent(row.getObject("contract_id", UUID.class), id -> new ArrayList<>())
                            .add(new ContractFacts.Step(row.getLong("global_index"),
                                    ContractFacts.Kind.valueOf(row.getString("step")),
                                    row.getObject("on_day", LocalDate.class), stored.toInstant(),
                                    row.getBoolean("acknowledged"), payer == null ? null : FeePayer.valueOf(payer),
                                    payee, payee == null ? null : agencyNames.get(payee),
                                    payee == null ? null : licences.get(payee),
                                    feeType == null ? null : FeeType.valueOf(feeType), row.getBigDecimal("amount"),
                                    row.getString("currency"), row.getString("receipt")));
                }, ids);
        return jdbc.query("""
                        select c.*, b.date_of_birth, b.global_index as birth_index, b.stored_at as birth_stored_at,
                        """ + PersonPlace.COLUMNS + " from flag_contract c" + PersonPlace.joinedOn("c.worker_person_id")
                        + " where c.worker_person_id = any(?) order by c.registered_index",
                (row, n) -> {
                    UUID contract = row.getObject("contract_id", UUID.class);
                    UUID agency = row.getObject("agency_id", UUID.class);
                    Timestamp birthStored = row.getTimestamp("birth_stored_at");
                    long birthIndex = row.getLong("birth_index");
                    boolean born = !row.wasNull();
                    return new ContractFacts(contract, row.getObject("worker_person_id", UUID.class), agency,
                            agency == null ? null : agencyNames.get(agency), agency == null ? null : licences.get(agency),
                            Sector.valueOf(row.getString("sector")), row.getString("destination_country"),
                            row.getBigDecimal("wage_amount"), row.getString("wage_currency"),
                            row.getObject("signed_on", LocalDate.class), row.getLong("registered_index"),
                            row.getTimestamp("registered_at").toInstant(),
                            new ContractFacts.Worker(row.getObject("date_of_birth", LocalDate.class),
                                    born ? birthIndex : null, birthStored == null ? null : birthStored.toInstant(),
                                    row.getString("province"), row.getString("district")),
                            steps.getOrDefault(contract, List.of()));
                }, ids);
    }

    /** The persons' returns without contract, each with the person's first recorded departure. */
    List<ReturnWithoutDeparture.Return> returns(Collection<UUID> persons) {
        return jdbc.query("""
                        select r.*, (select min(s.global_index) from flag_contract_step s
                                     join flag_contract c on c.contract_id = s.contract_id
                                     where c.worker_person_id = r.person_id and s.step = 'DEPARTED') as first_departure,
                        """ + PersonPlace.COLUMNS + " from flag_return r" + PersonPlace.joinedOn("r.person_id")
                        + " where r.person_id = any(?) order by r.global_index",
                (row, n) -> {
                    long departure = row.getLong("first_departure");
                    Long firstDeparture = row.wasNull() ? null : departure;
                    return new ReturnWithoutDeparture.Return(row.getObject("return_id", UUID.class),
                            row.getObject("person_id", UUID.class), row.getLong("global_index"),
                            row.getObject("returned_on", LocalDate.class), row.getTimestamp("stored_at").toInstant(),
                            firstDeparture, row.getString("province"), row.getString("district"));
                }, array(persons));
    }

    /** The grievances reporting retained documents of the workers. */
    List<RetentionReported.Report> retentionReports(Collection<UUID> workers) {
        return jdbc.query("select g.*, " + PersonPlace.COLUMNS + " from flag_grievance g"
                        + PersonPlace.joinedOn("g.worker_person_id")
                        + " where g.documents_retained and g.worker_person_id = any(?) order by g.registered_index",
                (row, n) -> {
                    long identified = row.getLong("identified_index");
                    Long identifiedIndex = row.wasNull() ? null : identified;
                    long returned = row.getLong("returned_index");
                    Long returnedIndex = row.wasNull() ? null : returned;
                    Timestamp identifiedAt = row.getTimestamp("identified_at");
                    Timestamp returnedAt = row.getTimestamp("returned_at");
                    return new RetentionReported.Report(row.getObject("grievance_id", UUID.class),
                            row.getLong("registered_index"), row.getTimestamp("registered_at").toInstant(),
                            row.getObject("reported_on", LocalDate.class), row.getString("country"),
                            row.getObject("worker_person_id", UUID.class), identifiedIndex,
                            identifiedAt == null ? null : identifiedAt.toInstant(), returnedIndex,
                            returnedAt == null ? null : returnedAt.toInstant(), row.getString("province"),
                            row.getString("district"));
                }, array(workers));
    }

    /** A custody episode with the country its custody event named, the country an attaché sees it in. */
    record Custody(CustodyEpisode episode, String country) {
    }

    /**
     * The custody episodes of the holders' passports. They are filed where the holder was born, not where they live:
     * the custody rules have always been scoped so.
     */
    List<Custody> custody(Collection<UUID> holders) {
        return jdbc.query("""
                        select e.*, p.holder_person_id, p.passport_number, b.birth_province, b.birth_district
                        from flag_custody_episode e
                        join flag_passport p on p.passport_id = e.passport_id
                        left join flag_birth b on b.person_id = p.holder_person_id
                        where e.passport_id = any(array(
                            select passport_id from flag_passport where holder_person_id = any(?)))""",
                (row, n) -> new Custody(new CustodyEpisode(
                        row.getObject("passport_id", UUID.class), row.getString("passport_number"),
                        row.getObject("holder_person_id", UUID.class), row.getLong("global_index"),
                        Custodian.valueOf(row.getString("custodian")), row.getString("custodian_name"),
                        row.getBoolean("holder_consent"), row.getObject("since", LocalDate.class),
                        row.getTimestamp("started_at").toInstant(),
                        row.getTimestamp("ended_at") == null ? null : row.getTimestamp("ended_at").toInstant(),
                        row.getString("birth_province"), row.getString("birth_district")), row.getString("country")),
                array(holders));
    }

    private Map<UUID, LicenceTimeline> licences() {
        Map<UUID, LicenceTimeline> licences = new HashMap<>();
        jdbc.query("select * from flag_agency_event order by global_index", row -> {
            UUID agency = row.getObject("agency_id", UUID.class);
            LocalDate first = row.getObject("first_day", LocalDate.class);
            LocalDate last = row.getObject("last_day", LocalDate.class);
            LicenceTimeline next = LicenceTimeline.after(licences.get(agency), row.getString("event"), first, last);
            licences.put(agency, next);
        });
        return licences;
    }
}
