package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.CertificateCollector;
import io.tabien.contracts.civil.CertificateIssued;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.CertificateRevoked;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.IssueBirthCertificate;
import io.tabien.contracts.civil.IssueFamilyBookExtract;
import io.tabien.contracts.civil.IssuedCertificate;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.RevokeBirthCertificate;
import io.tabien.contracts.civil.RevokeFamilyBookExtract;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.platform.errors.RequiredFieldMissing;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.tabien.registry.civil.command.CivilFixtures.TODAY;
import static io.tabien.registry.civil.command.CivilFixtures.registrarOf;

class CertificateIssueTest {

    private static final PersonId PERSON = PersonId.of("1d1c8a52-1d9e-4a7b-9a53-0c4c2a7e9b11");
    private static final FamilyBookId BOOK = FamilyBookId.of("2b7e3b47-35a8-4f57-8f3e-0f8b6d8f2a10");
    private static final Place SEKONG = new Place("LA-XE", "1501", "Ban Phon");
    private static final CertificateCollector MOTHER = new CertificateCollector("ນາງ ບົວ", "mother", "ID 0123456");
    private static final BirthRegistered BIRTH = new BirthRegistered(PERSON, "ດາວ", "ສີສຸວັນ", "Dao", "Sisouvanh",
            Sex.F, TODAY.minusDays(10), SEKONG, null, null, null, false, null);

    /** Record versions as the event store would answer them. */
    static final class KnownVersions extends RecordVersions {

        final Map<UUID, Long> versions = new HashMap<>();

        KnownVersions() {
            super(null);
        }

        @Override
        long current(UUID recordId) {
            return versions.get(recordId);
        }
    }

    private final KnownVersions versions = new KnownVersions();
    private FixtureConfiguration<Person> fixture;
    private FixtureConfiguration<FamilyBook> books;
    private final FamilyBookIssued issued = new FamilyBookIssued(BOOK, "B-17", SEKONG, PERSON, TODAY.minusYears(1));

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        books = new AggregateTestFixture<>(FamilyBook.class);
        for (FixtureConfiguration<?> each : java.util.List.of(fixture, books)) {
            each.registerInjectableResource(CivilFixtures.policy());
            each.registerInjectableResource(new CivilFixtures.InMemoryLookups());
            each.registerInjectableResource(versions);
        }
        versions.versions.put(PERSON.value(), 41L);
        versions.versions.put(BOOK.value(), 90L);
    }

    @Test
    void firstBirthCertificateIsCopyOneOfTheRecordAsItStands() {
        fixture.given(BIRTH)
                .when(new IssueBirthCertificate(PERSON, MOTHER), registrarOf("LA-XE"))
                .expectEvents(new CertificateIssued(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 41, 1, TODAY,
                        MOTHER))
                .expectResultMessagePayload(new IssuedCertificate(PERSON.value(),
                        CertificateKind.BIRTH_CERTIFICATE, 41, 1, TODAY, "LA-XE"));
    }

    @Test
    void reprintIsTheNextCopyOfTheCorrectedRecord() {
        versions.versions.put(PERSON.value(), 57L);
        fixture.given(BIRTH,
                        new CertificateIssued(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 41, 1, TODAY, MOTHER),
                        new BirthRecordCorrected(PERSON, new BirthRecordChanges(Set.of(BirthRecordField.givenNameLatin), null,
                                null, "Daw", null, null, null, null, null, null, null), "spelling", null))
                .when(new IssueBirthCertificate(PERSON, MOTHER), registrarOf("1501"))
                .expectEvents(new CertificateIssued(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 57, 2, TODAY,
                        MOTHER));
    }

    @Test
    void collectorsTextIsStoredStripped() {
        fixture.given(BIRTH)
                .when(new IssueBirthCertificate(PERSON, new CertificateCollector(" ນາງ ບົວ ", "mother ", " ID 0123456")),
                        registrarOf("LA-XE"))
                .expectEvents(new CertificateIssued(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 41, 1, TODAY,
                        MOTHER));
    }

    @Test
    void registrarOfAnotherProvinceMayNotIssue() {
        fixture.given(BIRTH)
                .when(new IssueBirthCertificate(PERSON, MOTHER), registrarOf("LA-VT"))
                .expectException(OutsideJurisdiction.class)
                .expectNoEvents();
    }

    @Test
    void certificateHandedToNobodyIsRefused() {
        fixture.given(BIRTH)
                .when(new IssueBirthCertificate(PERSON, null), registrarOf("LA-XE"))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void collectorWithoutIdentityDocumentIsRefused() {
        fixture.given(BIRTH)
                .when(new IssueBirthCertificate(PERSON, new CertificateCollector("ນາງ ບົວ", "mother", " ")),
                        registrarOf("LA-XE"))
                .expectException(RequiredFieldMissing.class)
                .expectNoEvents();
    }

    @Test
    void extractIsNumberedAfterTheExtractsBeforeIt() {
        books.given(issued,
                        new CertificateIssued(BOOK.value(), CertificateKind.FAMILY_BOOK_EXTRACT, 80, 1, TODAY, MOTHER))
                .when(new IssueFamilyBookExtract(BOOK, MOTHER), registrarOf("1501"))
                .expectEvents(new CertificateIssued(BOOK.value(), CertificateKind.FAMILY_BOOK_EXTRACT, 90, 2, TODAY,
                        MOTHER))
                .expectResultMessagePayload(new IssuedCertificate(BOOK.value(),
                        CertificateKind.FAMILY_BOOK_EXTRACT, 90, 2, TODAY, "1501"));
    }

    @Test
    void registrarOfAnotherDistrictMayNotIssueAnExtract() {
        books.given(issued)
                .when(new IssueFamilyBookExtract(BOOK, MOTHER), registrarOf("1502"))
                .expectException(OutsideJurisdiction.class)
                .expectNoEvents();
    }

    @Test
    void aCopyIssuedIsRevokedWithItsReason() {
        fixture.given(BIRTH, copy(1), copy(2))
                .when(new RevokeBirthCertificate(PERSON, 1, " lost on the way home "), registrarOf("LA-XE"))
                .expectEvents(new CertificateRevoked(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 1,
                        "lost on the way home"));
    }

    @Test
    void aCopyNeverIssuedCannotBeRevoked() {
        fixture.given(BIRTH, copy(1))
                .when(new RevokeBirthCertificate(PERSON, 2, "lost"), registrarOf("LA-XE"))
                .expectException(UnknownCertificate.class)
                .expectNoEvents();
    }

    @Test
    void aCopyIsRevokedOnce() {
        fixture.given(BIRTH, copy(1), new CertificateRevoked(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 1, "lost"))
                .when(new RevokeBirthCertificate(PERSON, 1, "stolen"), registrarOf("LA-XE"))
                .expectException(CertificateAlreadyRevoked.class)
                .expectNoEvents();
    }

    @Test
    void aRevocationNeedsAReasonAndAnOfficeThatReachesTheRecord() {
        fixture.given(BIRTH, copy(1))
                .when(new RevokeBirthCertificate(PERSON, 1, " "), registrarOf("LA-XE"))
                .expectException(ReasonRequired.class)
                .expectNoEvents();
        fixture.given(BIRTH, copy(1))
                .when(new RevokeBirthCertificate(PERSON, 1, "lost"), registrarOf("LA-VT"))
                .expectException(OutsideJurisdiction.class)
                .expectNoEvents();
    }

    @Test
    void aReprintAfterARevocationIsTheNextCopy() {
        fixture.given(BIRTH, copy(1), new CertificateRevoked(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 1, "lost"))
                .when(new IssueBirthCertificate(PERSON, MOTHER), registrarOf("LA-XE"))
                .expectEvents(new CertificateIssued(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 41, 2, TODAY,
                        MOTHER));
    }

    @Test
    void anExtractIsRevokedByTheBooksRegistrar() {
        books.given(issued, new CertificateIssued(BOOK.value(), CertificateKind.FAMILY_BOOK_EXTRACT, 80, 1, TODAY, MOTHER))
                .when(new RevokeFamilyBookExtract(BOOK, 1, "issued in error"), registrarOf("1501"))
                .expectEvents(new CertificateRevoked(BOOK.value(), CertificateKind.FAMILY_BOOK_EXTRACT, 1,
                        "issued in error"));
    }

    private static CertificateIssued copy(int copyNumber) {
        return new CertificateIssued(PERSON.value(), CertificateKind.BIRTH_CERTIFICATE, 41, copyNumber, TODAY, MOTHER);
    }
}
