package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.CertificateCollector;
import io.tabien.contracts.civil.CertificateIssued;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.CertificateRevoked;
import io.tabien.contracts.civil.CertificateSummary;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.DuplicateBirthReviewed;
import io.tabien.contracts.civil.DuplicateDecision;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.FamilyMemberRemoved;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.FindRecentRegistrations;
import io.tabien.contracts.civil.PersonSearchPage;
import io.tabien.contracts.civil.PersonSummary;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.SearchPersons;
import io.tabien.contracts.civil.Sex;
import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceClosed;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.GrievanceResolved;
import io.tabien.contracts.grievance.GrievanceStatus;
import io.tabien.contracts.grievance.GrievanceSummary;
import io.tabien.contracts.grievance.GrievanceWorkerIdentified;
import io.tabien.contracts.documents.PassportCustodyTransferred;
import io.tabien.contracts.documents.PassportId;
import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.documents.PassportReportedLost;
import io.tabien.contracts.documents.PassportReturnedToHolder;
import io.tabien.contracts.documents.PassportRevoked;
import io.tabien.contracts.documents.PassportStatus;
import io.tabien.contracts.documents.PassportSummary;
import io.tabien.registry.documents.PassportFold;
import io.tabien.registry.platform.commands.CommandMetadata;
import io.tabien.registry.platform.axon.RowsAtBatchEnd;
import io.tabien.registry.platform.history.HistoryTable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The civil register as officers read and search it: one row per person, rebuilt from the events alone. */
@Component
@ProcessingGroup(PersonRegistryProjection.NAME)
class PersonRegistryProjection {

    static final String NAME = "person-registry";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final HistoryTable history;
    private final PersonSearch search;

    PersonRegistryProjection(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                             @Value("${tabien.search.min-name-similarity:0.5}") double minNameSimilarity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.history = new HistoryTable(jdbc, "person_registry_history", "person_id");
        this.search = new PersonSearch(jdbc, transactions, minNameSimilarity);
    }

    /**
     * A person's row as their birth writes it: an upsert, so that a redelivered or replayed event leaves the same row.
     */
    private static final String REGISTERED = """
            insert into person_registry (person_id, given_name, family_name, given_name_latin, family_name_latin,
                sex, date_of_birth, birth_province, birth_district, birth_village, mother_person_id, mother_name,
                father_person_id, father_name, informant, late_registration, registered_at, registration_office,
                search_names, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (person_id) do update set
                given_name = excluded.given_name, family_name = excluded.family_name,
                given_name_latin = excluded.given_name_latin, family_name_latin = excluded.family_name_latin,
                sex = excluded.sex, date_of_birth = excluded.date_of_birth,
                birth_province = excluded.birth_province, birth_district = excluded.birth_district,
                birth_village = excluded.birth_village, mother_person_id = excluded.mother_person_id,
                mother_name = excluded.mother_name, father_person_id = excluded.father_person_id,
                father_name = excluded.father_name, informant = excluded.informant,
                late_registration = excluded.late_registration, registered_at = excluded.registered_at,
                registration_office = excluded.registration_office, search_names = excluded.search_names""";

    /**
     * Writes the births the batch keeps to its end now if the person's is among them, so that what follows changes or
     * reads the person's row as registered; a batch's births go into one statement unless one of them changes within it.
     */
    static void writeKeptBirthOf(JdbcTemplate jdbc, UUID person) {
        RowsAtBatchEnd.writeKept(jdbc, REGISTERED, RowsAtBatchEnd::firstColumn, person);
    }

    @EventHandler
    void on(BirthRegistered event, EventMessage<BirthRegistered> message,
            @MetaDataValue(CommandMetadata.OFFICE) String office, @SequenceNumber long version) {
        Place place = event.placeOfBirth();
        Object[] row = {event.personId().value(), event.givenName(), event.familyName(), event.givenNameLatin(),
                event.familyNameLatin(), event.sex().name(), event.dateOfBirth(), place.province(), place.district(),
                place.village(), parentId(event.mother()), parentName(event.mother()), parentId(event.father()),
                parentName(event.father()), event.informant(), event.lateRegistration(),
                Timestamp.from(message.getTimestamp()), office, PersonSearch.searchKey(event.givenName(),
                event.familyName(), event.givenNameLatin(), event.familyNameLatin()), version};
        RowsAtBatchEnd.insert(jdbc, REGISTERED, row);
        history.record(event.personId().value(), message,
                "Birth registered" + (event.lateRegistration() ? " (late registration)" : "") + ".");
    }

    @EventHandler
    void on(BirthRecordCorrected event, EventMessage<BirthRecordCorrected> message, @SequenceNumber long version) {
        BirthRecordChanges changes = event.changes();
        UUID person = event.personId().value();
        set(person, "version", version);
        for (BirthRecordField field : changes.fields()) {
            switch (field) {
                case givenName -> set(person, "given_name", changes.givenName());
                case familyName -> set(person, "family_name", changes.familyName());
                case givenNameLatin -> set(person, "given_name_latin", changes.givenNameLatin());
                case familyNameLatin -> set(person, "family_name_latin", changes.familyNameLatin());
                case sex -> set(person, "sex", changes.sex().name());
                case dateOfBirth -> set(person, "date_of_birth", changes.dateOfBirth());
                case placeOfBirth -> jdbc.update("""
                                update person_registry set birth_province = ?, birth_district = ?, birth_village = ?
                                where person_id = ?""",
                        changes.placeOfBirth().province(), changes.placeOfBirth().district(),
                        changes.placeOfBirth().village(), person);
                case mother -> jdbc.update(
                        "update person_registry set mother_person_id = ?, mother_name = ? where person_id = ?",
                        parentId(changes.mother()), parentName(changes.mother()), person);
                case father -> jdbc.update(
                        "update person_registry set father_person_id = ?, father_name = ? where person_id = ?",
                        parentId(changes.father()), parentName(changes.father()), person);
                case informant -> set(person, "informant", changes.informant());
            }
        }
        search.reindex(person);
        history.record(person, message, "Birth record corrected (" + String.join(", ",
                changes.fields().stream().map(Enum::name).sorted().toList()) + "): " + event.reason());
    }

    @EventHandler
    void on(DeathRegistered event, EventMessage<DeathRegistered> message, @SequenceNumber long version) {
        writeKeptBirthOf(jdbc, event.personId().value());
        jdbc.update("""
                        update person_registry set date_of_death = ?, death_province = ?, death_district = ?,
                            death_village = ?, version = ?
                        where person_id = ?""",
                event.dateOfDeath(), event.placeOfDeath().province(), event.placeOfDeath().district(),
                event.placeOfDeath().village(), version, event.personId().value());
        history.record(event.personId().value(), message, "Death registered, " + event.dateOfDeath() + ".");
    }

    /** With {@code SAME_PERSON} the later registration is marked a duplicate of the earlier; both stay. */
    @EventHandler
    void on(DuplicateBirthReviewed event, EventMessage<DuplicateBirthReviewed> message, @SequenceNumber long version) {
        set(event.personId().value(), "version", version);
        boolean same = event.decision() == DuplicateDecision.SAME_PERSON;
        if (same) {
            set(event.laterPersonId().value(), "duplicate_of", event.earlierPersonId().value());
        }
        String decision = same ? "the same person" : "not the same person";
        history.record(event.personId().value(), message, "Reviewed with the birth of person " + event.otherPersonId()
                + " as a possible duplicate: " + decision + ". " + event.reason());
        history.record(event.otherPersonId().value(), message, "Reviewed with the birth of person " + event.personId()
                + " as a possible duplicate: " + decision + ". " + event.reason());
    }

    @EventHandler
    void on(FamilyBookIssued event, EventMessage<FamilyBookIssued> message) {
        jdbc.update("""
                        insert into person_registry_household (family_book_id, province, district) values (?, ?, ?)
                        on conflict (family_book_id) do nothing""",
                event.familyBookId().value(), event.address().province(), event.address().district());
        joinHousehold(event.headPersonId().value(), event.familyBookId().value());
        history.record(event.headPersonId().value(), message,
                "Became head of household of family book " + event.bookNumber() + ".");
    }

    @EventHandler
    void on(FamilyMemberAdded event, EventMessage<FamilyMemberAdded> message) {
        joinHousehold(event.personId().value(), event.familyBookId().value());
        history.record(event.personId().value(), message, "Entered in family book " + event.familyBookId()
                + " as " + event.relationship() + " (" + event.reason() + ") from " + event.effectiveDate() + ".");
    }

    @EventHandler
    void on(FamilyMemberRemoved event, EventMessage<FamilyMemberRemoved> message) {
        jdbc.update("delete from person_registry_membership where person_id = ? and family_book_id = ?",
                event.personId().value(), event.familyBookId().value());
        history.record(event.personId().value(), message, "Left family book " + event.familyBookId()
                + " (" + event.reason() + ") on " + event.effectiveDate() + ".");
    }

    @EventHandler
    void on(CertificateIssued event, EventMessage<CertificateIssued> message,
            @MetaDataValue(CommandMetadata.OFFICE) String office, @MetaDataValue(CommandMetadata.ACTOR) String actor,
            @SequenceNumber long version) {
        CertificateCollector collector = event.collector();
        jdbc.update("""
                        insert into person_registry_certificate (record_id, kind, copy_number, record_version, issued_on,
                            issuing_office, issued_by, collector_name, collector_relationship,
                            collector_identity_document)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                event.recordId(), event.kind().name(), event.copyNumber(), event.recordVersion(), event.issuedOn(),
                office, actor, collector.name(), collector.relationship(), collector.identityDocument());
        if (event.kind() == CertificateKind.BIRTH_CERTIFICATE) {
            // A certificate is written to the person's stream: the record's version, which a change is based on, moves.
            set(event.recordId(), "version", version);
            history.record(event.recordId(), message, "Birth certificate issued, copy " + event.copyNumber() + ".");
        }
    }

    @EventHandler
    void on(CertificateRevoked event, EventMessage<CertificateRevoked> message, @SequenceNumber long version) {
        jdbc.update("""
                        update person_registry_certificate set revocation_reason = ?
                        where record_id = ? and kind = ? and copy_number = ?""",
                event.reason(), event.recordId(), event.kind().name(), event.copyNumber());
        if (event.kind() == CertificateKind.BIRTH_CERTIFICATE) {
            set(event.recordId(), "version", version);
            history.record(event.recordId(), message, "Birth certificate copy " + event.copyNumber() + " revoked: "
                    + event.reason());
        }
    }

    @EventHandler
    void on(PassportIssued event) {
        jdbc.update("""
                        insert into person_registry_passport (passport_id, holder_person_id, passport_number,
                            expires_on, status, custodian, custody_since)
                        values (?, ?, ?, ?, 'ISSUED', 'HOLDER', ?)
                        on conflict (passport_id) do nothing""",
                event.passportId().value(), event.holderPersonId().value(), event.passportNumber(),
                event.expiresOn(), event.issuedOn());
    }

    @EventHandler
    void on(PassportCustodyTransferred event) {
        jdbc.update("""
                        update person_registry_passport set custodian = ?, custodian_name = ?, custody_since = ?
                        where passport_id = ?""",
                event.custodian().name(), event.custodianName(), event.since(), event.passportId().value());
    }

    @EventHandler
    void on(PassportReturnedToHolder event) {
        jdbc.update("""
                        update person_registry_passport set custodian = 'HOLDER', custodian_name = null,
                            custody_since = ?
                        where passport_id = ?""",
                event.returnedOn(), event.passportId().value());
    }

    @EventHandler
    void on(PassportReportedLost event) {
        jdbc.update("update person_registry_passport set status = 'LOST' where passport_id = ?",
                event.passportId().value());
    }

    @EventHandler
    void on(PassportRevoked event) {
        jdbc.update("update person_registry_passport set status = 'REVOKED' where passport_id = ?",
                event.passportId().value());
    }

    @EventHandler
    void on(GrievanceRegistered event) {
        jdbc.update("""
                        insert into person_registry_grievance (grievance_id, worker_person_id, categories, status)
                        values (?, ?, ?, 'OPEN')
                        on conflict do nothing""",
                ps -> {
                    ps.setObject(1, event.grievanceId().value());
                    ps.setObject(2, event.workerPersonId() == null ? null : event.workerPersonId().value());
                    ps.setArray(3, ps.getConnection().createArrayOf("text",
                            event.categories().stream().map(Enum::name).sorted().toArray()));
                });
    }

    @EventHandler
    void on(GrievanceWorkerIdentified event) {
        jdbc.update("update person_registry_grievance set worker_person_id = ? where grievance_id = ?",
                event.personId().value(), event.grievanceId().value());
    }

    @EventHandler
    void on(GrievanceResolved event) {
        jdbc.update("update person_registry_grievance set status = 'RESOLVED' where grievance_id = ? and status = 'OPEN'",
                event.grievanceId().value());
    }

    @EventHandler
    void on(GrievanceClosed event) {
        jdbc.update("update person_registry_grievance set status = 'CLOSED' where grievance_id = ?",
                event.grievanceId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from person_registry_grievance");
        jdbc.update("delete from person_registry");
        jdbc.update("delete from person_registry_passport");
        jdbc.update("delete from person_registry_household");
        jdbc.update("delete from person_registry_membership");
        jdbc.update("delete from person_registry_certificate");
        history.clear();
    }

    @QueryHandler
    Optional<PersonView> handle(FindPerson query) {
        return jdbc.query("""
                        select p.*, m.family_book_id from person_registry p
                        left join person_registry_membership m on m.person_id = p.person_id
                        left join person_registry_household h on h.family_book_id = m.family_book_id
                        where p.person_id = ? and\s""" + PersonSearch.visibleTo(query.jurisdiction()),
                this::person, PersonSearch.withJurisdiction(query.jurisdiction(), query.personId().value()))
                .stream().findFirst();
    }

    @QueryHandler
    PersonSearchPage handle(SearchPersons query) {
        return search.search(query);
    }

    @QueryHandler
    List<PersonSummary> handle(FindRecentRegistrations query) {
        return search.recent(query);
    }

    private void joinHousehold(UUID person, UUID familyBook) {
        jdbc.update("""
                        insert into person_registry_membership (person_id, family_book_id) values (?, ?)
                        on conflict (person_id) do update set family_book_id = excluded.family_book_id""",
                person, familyBook);
    }

    private void set(UUID person, String column, Object value) {
        writeKeptBirthOf(jdbc, person);
        jdbc.update("update person_registry set " + column + " = ? where person_id = ?", value, person);
    }

    private PersonView person(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("person_id", UUID.class);
        UUID familyBook = row.getObject("family_book_id", UUID.class);
        String deathProvince = row.getString("death_province");
        UUID duplicateOf = row.getObject("duplicate_of", UUID.class);
        return new PersonView(
                new PersonId(id),
                row.getString("given_name"),
                row.getString("family_name"),
                row.getString("given_name_latin"),
                row.getString("family_name_latin"),
                Sex.valueOf(row.getString("sex")),
                row.getObject("date_of_birth", LocalDate.class),
                new Place(row.getString("birth_province"), row.getString("birth_district"), row.getString("birth_village")),
                parent(row, "mother"),
                parent(row, "father"),
                row.getString("informant"),
                row.getBoolean("late_registration"),
                instant(row.getTimestamp("registered_at")),
                row.getString("registration_office"),
                row.getObject("date_of_death", LocalDate.class),
                deathProvince == null ? null : new Place(deathProvince, row.getString("death_district"),
                        row.getString("death_village")),
                familyBook == null ? null : new FamilyBookId(familyBook),
                passports(id),
                grievances(id),
                certificates(id, familyBook),
                history.of(id),
                row.getLong("version"),
                duplicateOf == null ? null : new PersonId(duplicateOf),
                jdbc.query("select person_id from person_registry where duplicate_of = ? order by person_id",
                        (duplicate, n) -> new PersonId(duplicate.getObject(1, UUID.class)), id));
    }

    private List<GrievanceSummary> grievances(UUID worker) {
        return jdbc.query("select * from person_registry_grievance where worker_person_id = ? order by grievance_id",
                (row, n) -> new GrievanceSummary(new GrievanceId(row.getObject("grievance_id", UUID.class)),
                        java.util.Arrays.stream((String[]) row.getArray("categories").getArray())
                                .map(GrievanceCategory::valueOf).collect(java.util.stream.Collectors.toSet()),
                        GrievanceStatus.valueOf(row.getString("status"))),
                worker);
    }

    /** The person's birth certificates, and the extracts of the family book they belong to. */
    private List<CertificateSummary> certificates(UUID person, UUID familyBook) {
        return jdbc.query("""
                        select * from person_registry_certificate where record_id in (?, ?)
                        order by issued_on, kind, copy_number""",
                (row, n) -> new CertificateSummary(row.getObject("record_id", UUID.class),
                        CertificateKind.valueOf(row.getString("kind")), row.getInt("copy_number"),
                        row.getLong("record_version"), row.getObject("issued_on", LocalDate.class),
                        row.getString("issuing_office"), row.getString("issued_by"),
                        new CertificateCollector(row.getString("collector_name"),
                                row.getString("collector_relationship"),
                                row.getString("collector_identity_document")),
                        row.getString("revocation_reason")),
                person, familyBook == null ? person : familyBook);
    }

    private List<PassportSummary> passports(UUID holder) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("""
                        select * from person_registry_passport where holder_person_id = ?
                        order by expires_on desc, passport_id""",
                (row, n) -> {
                    LocalDate expiresOn = row.getObject("expires_on", LocalDate.class);
                    PassportStatus status = PassportStatus.valueOf(row.getString("status"));
                    return new PassportSummary(new PassportId(row.getObject("passport_id", UUID.class)),
                            row.getString("passport_number"), expiresOn,
                            PassportFold.standing(status, null, expiresOn, today).status(),
                            Custodian.valueOf(row.getString("custodian")), row.getString("custodian_name"),
                            row.getObject("custody_since", LocalDate.class));
                },
                holder);
    }

    static PersonSummary summary(ResultSet row, double relevance) throws SQLException {
        return new PersonSummary(
                new PersonId(row.getObject("person_id", UUID.class)),
                row.getString("given_name"),
                row.getString("family_name"),
                row.getString("given_name_latin"),
                row.getString("family_name_latin"),
                Sex.valueOf(row.getString("sex")),
                row.getObject("date_of_birth", LocalDate.class),
                new Place(row.getString("birth_province"), row.getString("birth_district"), row.getString("birth_village")),
                row.getObject("date_of_death", LocalDate.class),
                relevance);
    }

    private static ParentReference parent(ResultSet row, String prefix) throws SQLException {
        UUID id = row.getObject(prefix + "_person_id", UUID.class);
        String name = row.getString(prefix + "_name");
        if (id == null && name == null) {
            return null;
        }
        return new ParentReference(id == null ? null : new PersonId(id), name);
    }

    private static UUID parentId(ParentReference parent) {
        return parent == null || parent.personId() == null ? null : parent.personId().value();
    }

    private static String parentName(ParentReference parent) {
        return parent == null ? null : parent.name();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
