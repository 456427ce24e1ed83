package io.tabien.registry.seeding;

import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.MembershipReason;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.Sex;
import io.tabien.contracts.documents.Custodian;
import io.tabien.contracts.documents.PassportCustodyTransferred;
import io.tabien.contracts.documents.PassportId;
import io.tabien.contracts.documents.PassportIssued;
import io.tabien.contracts.documents.PassportReturnedToHolder;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.registry.grievance.casefile.CaseFileField;
import io.tabien.registry.grievance.casefile.CaseFileSeal;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.AgencyLicensed;
import io.tabien.contracts.labour.Channel;
import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.Sector;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.TypedId;
import io.tabien.registry.documents.command.MachineReadableZone;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.CommandMetadata;
import io.tabien.registry.platform.commands.Role;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fills an empty registry with a large, consistent history of the mixed kind — births, household changes, passports
 * and their custody, agencies, contracts with fees and departures, grievances — for measuring the registry at
 * volume. Events go through Axon's event store, in batches of one transaction each, so the command-side lookups
 * are written with them exactly as when commands record them; the references between records are valid. The names
 * are drawn from a fixed list of Lao syllables and their romanizations, so a search has realistic selectivity.
 */
final class VolumeSeeder {

    static final String ACTOR = "volume-seeder";

    static final String[] SYLLABLES = {"ສົມ", "ບຸນ", "ແສງ", "ດາວ", "ຄຳ", "ພອນ", "ທອງ", "ຈັນ", "ສີ", "ມະນີ",
            "ວົງ", "ໄຊ", "ພູ", "ແກ້ວ", "ນາງ", "ບົວ", "ຫອມ", "ລາ", "ວັນ", "ເພັດ",
            "ສຸກ", "ນ້ອຍ", "ອິນ", "ຕາ", "ເດດ", "ສະຫວັນ", "ພິມ", "ມາລີ", "ອຸດົມ", "ຄູນ"};
    static final String[] LATIN = {"som", "boun", "saeng", "dao", "kham", "phone", "thong", "chan", "si", "manee",
            "vong", "xay", "phou", "keo", "nang", "boua", "hom", "la", "van", "phet",
            "souk", "noy", "inh", "ta", "det", "savanh", "phim", "malee", "oudom", "khoun"};

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final List<String> DESTINATIONS = List.of("TH", "MY", "KR", "JP");

    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final CaseFileSeal caseFiles;
    private final List<Place> places;
    private final Clock clock;
    private final LocalDate today;
    private final Random random = new Random(20261128L);
    private final int batchSize;

    private final List<Person> persons = new ArrayList<>();
    private int nextUnhoused;
    private int nextWithoutPassport;
    private final List<Stream> books = new ArrayList<>();
    private final List<PassportStream> passports = new ArrayList<>();
    private final List<ContractStream> contracts = new ArrayList<>();
    private final List<AgencyStream> agencies = new ArrayList<>();
    private final List<DomainEventMessage<?>> batch = new ArrayList<>();
    private long recorded;
    private long sequence;

    VolumeSeeder(EventStore eventStore, TransactionManager transactions, CaseFileSeal caseFiles, List<Place> places,
                 Clock clock, int batchSize) {
        this.eventStore = eventStore;
        this.caseFiles = caseFiles;
        this.transactions = transactions;
        this.places = places;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.batchSize = batchSize;
    }

    record Seeded(long events, long persons, long familyBooks, long passports, long contracts, long grievances,
                  long agencies) {
    }

    /** Records until at least {@code events} events and {@code minimumPersons} persons are in the store. */
    Seeded seed(long events, long minimumPersons, Runnable progress) {
        for (int i = 0; i < 40; i++) {
            licenseAgency(i);
        }
        long grievances = 0;
        while (recorded + batch.size() < events || persons.size() < minimumPersons) {
            int dice = random.nextInt(100);
            if (dice < 40) {
                birth();
            } else if (dice < 60) {
                familyBookChange();
            } else if (dice < 75) {
                passportStep();
            } else if (dice < 95) {
                contractStep();
            } else if (grievance()) {
                grievances++;
            }
            if (batch.size() >= batchSize) {
                flush();
                progress.run();
            }
        }
        flush();
        return new Seeded(recorded, persons.size(), books.size(), passports.size(), contracts.size(), grievances,
                agencies.size());
    }

    long recorded() {
        return recorded;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<DomainEventMessage<?>> events = List.copyOf(batch);
        transactions.executeInTransaction(() -> eventStore.publish(events));
        recorded += events.size();
        batch.clear();
    }

    private void birth() {
        Place place = places.get(random.nextInt(places.size()));
        Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
        LocalDate born = today.minusDays(random.nextInt(365 * 70));
        int given1 = random.nextInt(SYLLABLES.length);
        int given2 = random.nextInt(SYLLABLES.length);
        int family1 = random.nextInt(SYLLABLES.length);
        int family2 = random.nextInt(SYLLABLES.length);
        int mother = random.nextInt(SYLLABLES.length);
        PersonId id = PersonId.random();
        record(id, "Person", 0, new BirthRegistered(id, SYLLABLES[given1] + SYLLABLES[given2],
                SYLLABLES[family1] + SYLLABLES[family2], LATIN[given1] + LATIN[given2], LATIN[family1] + LATIN[family2],
                sex, born, place, new ParentReference(null, "ນາງ " + SYLLABLES[mother]), null, "parent",
                born.isBefore(today.minusDays(60)), null), Role.REGISTRAR, place.district());
        persons.add(new Person(id, born, sex, place));
    }

    private void familyBookChange() {
        if (nextUnhoused >= persons.size()) {
            birth();
            return;
        }
        Person person = persons.get(nextUnhoused++);
        if (books.isEmpty() || random.nextInt(4) == 0) {
            FamilyBookId id = FamilyBookId.random();
            books.add(new Stream(id));
            record(id, "FamilyBook", 0, new FamilyBookIssued(id, "FB-" + (++sequence), person.place(), person.id(),
                    today.minusDays(random.nextInt(3000))), Role.REGISTRAR, person.place().district());
            return;
        }
        Stream book = books.get(books.size() - 1 - random.nextInt(Math.min(books.size(), 1000)));
        record(book.id, "FamilyBook", book.next(), new FamilyMemberAdded((FamilyBookId) book.id, person.id(),
                random.nextBoolean() ? Relationship.CHILD : Relationship.OTHER, MembershipReason.MOVE_IN, today),
                Role.REGISTRAR, person.place().district());
    }

    private void passportStep() {
        if (!passports.isEmpty() && random.nextBoolean()) {
            PassportStream passport = passports.get(random.nextInt(passports.size()));
            passport.custodySince = passport.custodySince.plusDays(1 + random.nextInt(5));
            if (passport.custodySince.isAfter(today)) {
                passport.custodySince = today;
            }
            if (passport.withHolder) {
                boolean employer = random.nextBoolean();
                AgencyStream agency = agencies.get(random.nextInt(agencies.size()));
                record(passport.id, "Passport", passport.next(), new PassportCustodyTransferred((PassportId) passport.id,
                        employer ? Custodian.EMPLOYER : Custodian.RECRUITMENT_AGENCY,
                        employer ? "Employer " + random.nextInt(500) : agency.name, employer ? null : agency.id.value(),
                        "TH", passport.custodySince, true, null), Role.PASSPORT_OFFICER, null);
            } else {
                record(passport.id, "Passport", passport.next(),
                        new PassportReturnedToHolder((PassportId) passport.id, passport.custodySince),
                        Role.PASSPORT_OFFICER, null);
            }
            passport.withHolder = !passport.withHolder;
            return;
        }
        while (nextWithoutPassport < persons.size() && persons.get(nextWithoutPassport).born().isAfter(today.minusYears(16))) {
            nextWithoutPassport++;
        }
        if (nextWithoutPassport >= persons.size()) {
            birth();
            return;
        }
        Person holder = persons.get(nextWithoutPassport++);
        PassportId id = PassportId.random();
        String number = "P" + String.format("%08d", ++sequence);
        LocalDate issued = today.minusDays(30 + random.nextInt(2500));
        LocalDate expires = issued.plusYears(10);
        String[] mrz = machineReadableZone(number, holder, expires);
        record(id, "Passport", 0, new PassportIssued(id, holder.id(), number, issued, expires, mrz[0], mrz[1]),
                Role.PASSPORT_OFFICER, null);
        passports.add(new PassportStream(id, issued, holder));
    }

    private void contractStep() {
        if (!contracts.isEmpty() && random.nextBoolean()) {
            ContractStream contract = contracts.get(contracts.size() - 1 - random.nextInt(Math.min(contracts.size(), 5000)));
            ContractId id = (ContractId) contract.id;
            Object event = switch (contract.stage++) {
                case 0 -> new ContractExplainedToWorker(id, "lo", "Labour office", true, contract.signedOn.plusDays(1));
                case 1 -> new ContractApproved(id, contract.signedOn.plusDays(5));
                case 2 -> new FeePaymentRecorded(id, FeePayer.WORKER, contract.agency.id, contract.agency.name,
                        FeeType.SERVICE_FEE, new Money(BigDecimal.valueOf(1000 + random.nextInt(4000)), "THB"),
                        contract.signedOn.plusDays(6), "R-" + (++sequence));
                case 3 -> new WorkerDeparted(id, contract.signedOn.plusDays(20), "Friendship Bridge I");
                default -> new FeePaymentRecorded(id, FeePayer.EMPLOYER, null, "Employer", FeeType.WORK_PERMIT,
                        new Money(BigDecimal.valueOf(500 + random.nextInt(2000)), "THB"),
                        contract.signedOn.plusDays(25), "R-" + (++sequence));
            };
            record(contract.id, "RecruitmentContract", contract.next(), event, Role.LABOUR_OFFICER, null);
            return;
        }
        if (passports.isEmpty()) {
            birth();
            return;
        }
        Person worker = passports.get(random.nextInt(passports.size())).holder;
        AgencyStream agency = agencies.get(random.nextInt(agencies.size()));
        ContractId id = ContractId.random();
        LocalDate signed = today.minusDays(60 + random.nextInt(1400));
        String destination = DESTINATIONS.get(random.nextInt(DESTINATIONS.size()));
        record(id, "RecruitmentContract", 0, new ContractRegistered(id, worker.id(), agency.id, Channel.MOU,
                "Employer " + random.nextInt(500), destination, Sector.AGRICULTURE, "farm worker",
                new Money(BigDecimal.valueOf(9000), "THB"), 24, "lo", signed), Role.LABOUR_OFFICER, null);
        contracts.add(new ContractStream(id, worker, agency, signed, destination));
    }

    private boolean grievance() {
        if (contracts.isEmpty()) {
            birth();
            return false;
        }
        ContractStream contract = contracts.get(random.nextInt(contracts.size()));
        GrievanceId id = GrievanceId.random();
        Set<GrievanceCategory> categories = random.nextInt(4) == 0
                ? Set.of(GrievanceCategory.RETENTION_OF_IDENTITY_DOCUMENTS, GrievanceCategory.WITHHOLDING_OF_WAGES)
                : Set.of(GrievanceCategory.WAGE_THEFT);
        record(id, "Grievance", 0, new GrievanceRegistered(id, contract.worker.id(), null, null, (ContractId) contract.id,
                "Employer " + random.nextInt(500), contract.destination, null, GrievanceChannel.HOTLINE, categories,
                caseFiles.seal(id, CaseFileField.NARRATIVE, "Wages of the last months were not paid."),
                contract.signedOn.plusDays(30)), Role.LABOUR_ATTACHE,
                contract.destination);
        return true;
    }

    private void licenseAgency(int n) {
        AgencyId id = AgencyId.random();
        String name = "Agency " + (n + 1);
        record(id, "Agency", 0, new AgencyLicensed(id, name, "LIC-" + (n + 1), "Vientiane", LocalDate.of(2015, 1, 1),
                today.plusYears(3), Set.copyOf(DESTINATIONS), Set.of(Sector.AGRICULTURE, Sector.CONSTRUCTION)),
                Role.LABOUR_OFFICER, null);
        agencies.add(new AgencyStream(id, name));
    }

    private void record(TypedId aggregate, String type, long sequenceNumber, Object payload, Role role, String office) {
        String commandId = UUID.randomUUID().toString();
        Map<String, Object> metadata = new HashMap<>(Actor.user(ACTOR, Set.of(role), office).metadata());
        metadata.put(CommandMetadata.COMMAND_ID, commandId);
        metadata.put(CommandMetadata.CORRELATION_ID, commandId);
        metadata.put(CommandMetadata.CAUSATION_ID, commandId);
        metadata.put(CommandMetadata.RECORDED_AT, Instant.now(clock).toString());
        batch.add(new GenericDomainEventMessage<>(type, aggregate.value().toString(), sequenceNumber, payload, metadata));
    }

    /** A valid ICAO 9303 TD3 zone for a Lao passport of this holder. */
    private static String[] machineReadableZone(String number, Person holder, LocalDate expires) {
        String line1 = pad("P<LAOHOLDER<<SEEDED", 44);
        String document = pad(number, 9);
        String birth = YYMMDD.format(holder.born());
        String expiry = YYMMDD.format(expires);
        String optional = pad("", 14);
        String part1 = document + MachineReadableZone.checkDigit(document);
        String part2 = birth + MachineReadableZone.checkDigit(birth);
        String part3 = expiry + MachineReadableZone.checkDigit(expiry);
        String part4 = optional + MachineReadableZone.checkDigit(optional);
        String sex = holder.sex() == Sex.X ? "<" : holder.sex().name();
        String line2 = part1 + "LAO" + part2 + sex + part3 + part4 + MachineReadableZone.checkDigit(part1 + part2 + part3 + part4);
        return new String[]{line1, line2};
    }

    private static String pad(String text, int length) {
        return (text + "<".repeat(length)).substring(0, length);
    }

    private record Person(PersonId id, LocalDate born, Sex sex, Place place) {
    }

    /** An aggregate's stream and the sequence number its next event takes. */
    private static class Stream {
        final TypedId id;
        private long nextSequence = 1;

        Stream(TypedId id) {
            this.id = id;
        }

        long next() {
            return nextSequence++;
        }
    }

    private static final class PassportStream extends Stream {
        final Person holder;
        LocalDate custodySince;
        boolean withHolder = true;

        PassportStream(PassportId id, LocalDate issued, Person holder) {
            super(id);
            this.custodySince = issued;
            this.holder = holder;
        }
    }

    private static final class ContractStream extends Stream {
        final Person worker;
        final AgencyStream agency;
        final LocalDate signedOn;
        final String destination;
        int stage;

        ContractStream(ContractId id, Person worker, AgencyStream agency, LocalDate signedOn, String destination) {
            super(id);
            this.worker = worker;
            this.agency = agency;
            this.signedOn = signedOn;
            this.destination = destination;
        }
    }

    private record AgencyStream(AgencyId id, String name) {
    }
}
