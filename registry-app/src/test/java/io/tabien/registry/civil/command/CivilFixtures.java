package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.PersonId;
import io.tabien.registry.civil.LateRegistration;
import io.tabien.registry.platform.reference.DistrictView;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import org.axonframework.messaging.MetaData;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the civil aggregates' fixtures share: a fixed today, a small geography, registrars, fake lookups. */
final class CivilFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    static final Geography GEOGRAPHY = new Geography(
            List.of(new ProvinceView("LA-VT", "01", "Vientiane Capital", "ນະຄອນຫຼວງວຽງຈັນ"),
                    new ProvinceView("LA-XE", "15", "Sekong", "ເຊກອງ")),
            List.of(new DistrictView("0101", "LA-VT", "Chanthabuly", "ຈັນທະບູລີ"),
                    new DistrictView("1501", "LA-XE", "Lamarm", "ລະມາມ"),
                    new DistrictView("1502", "LA-XE", "Kaleum", "ກະລຶມ")));

    static CivilRegistryPolicy policy() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Vientiane"));
        return new CivilRegistryPolicy(clock, GEOGRAPHY, new LateRegistration(clock, 30));
    }

    static MetaData registrarOf(String office) {
        return MetaData.with("actor", "registrar").and("role", "REGISTRAR").and("office", office);
    }

    static MetaData system() {
        return MetaData.with("actor", "tabien").and("role", "SYSTEM");
    }

    private CivilFixtures() {
    }

    /** Lookups held in memory, set up by each test. */
    static final class InMemoryLookups extends CivilLookups {

        final Map<PersonId, PersonFacts> persons = new HashMap<>();
        final Map<FamilyBookId, FamilyBookFacts> books = new HashMap<>();
        final Map<PersonId, FamilyBookId> households = new HashMap<>();
        final Set<String> takenNumbers = new HashSet<>();

        InMemoryLookups() {
            super(null);
        }

        InMemoryLookups person(PersonId id, LocalDate born, LocalDate died) {
            persons.put(id, new PersonFacts(born, "LA-XE", "1501", died));
            return this;
        }

        InMemoryLookups book(FamilyBookId id, String district, String number) {
            books.put(id, new FamilyBookFacts(district.startsWith("15") ? "LA-XE" : "LA-VT", district, number));
            takenNumbers.add(district + "/" + number);
            return this;
        }

        InMemoryLookups household(PersonId person, FamilyBookId book) {
            households.put(person, book);
            return this;
        }

        @Override
        Optional<PersonFacts> person(PersonId personId) {
            return Optional.ofNullable(persons.get(personId));
        }

        @Override
        Optional<FamilyBookFacts> familyBook(FamilyBookId familyBookId) {
            return Optional.ofNullable(books.get(familyBookId));
        }

        @Override
        Optional<FamilyBookId> householdOf(PersonId personId) {
            return Optional.ofNullable(households.get(personId));
        }

        @Override
        boolean bookNumberTaken(String district, String bookNumber) {
            return takenNumbers.contains(district + "/" + bookNumber);
        }
    }
}
