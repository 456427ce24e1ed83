package io.tabien.registry.civil.query;

import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The civil register as read by officers: one row per person, rebuilt from the events alone. */
@Component
@ProcessingGroup(PersonRegistryProjection.NAME)
class PersonRegistryProjection {

    static final String NAME = "person-registry";

    private final JdbcTemplate jdbc;

    PersonRegistryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BirthRegistered event, @org.axonframework.eventhandling.Timestamp Instant registeredAt,
            @MetaDataValue(CommandMetadata.OFFICE) String office) {
        Place place = event.placeOfBirth();
        // An upsert, so that a redelivered or replayed event leaves the same row.
        jdbc.update("""
                        insert into person_registry (person_id, given_name, family_name, given_name_latin,
                            family_name_latin, sex, date_of_birth, birth_province, birth_district, birth_village,
                            mother_person_id, mother_name, father_person_id, father_name, informant,
                            late_registration, registered_at, registration_office)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (person_id) do update set
                            given_name = excluded.given_name, family_name = excluded.family_name,
                            given_name_latin = excluded.given_name_latin, family_name_latin = excluded.family_name_latin,
                            sex = excluded.sex, date_of_birth = excluded.date_of_birth,
                            birth_province = excluded.birth_province, birth_district = excluded.birth_district,
                            birth_village = excluded.birth_village, mother_person_id = excluded.mother_person_id,
                            mother_name = excluded.mother_name, father_person_id = excluded.father_person_id,
                            father_name = excluded.father_name, informant = excluded.informant,
                            late_registration = excluded.late_registration, registered_at = excluded.registered_at,
                            registration_office = excluded.registration_office""",
                event.personId().value(), event.givenName(), event.familyName(), event.givenNameLatin(),
                event.familyNameLatin(), event.sex().name(), event.dateOfBirth(), place.province(), place.district(),
                place.village(), parentId(event.mother()), parentName(event.mother()), parentId(event.father()),
                parentName(event.father()), event.informant(), event.lateRegistration(),
                Timestamp.from(registeredAt), office);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from person_registry");
    }

    @QueryHandler
    Optional<PersonView> handle(FindPerson query) {
        return jdbc.query("select * from person_registry where person_id = ?", PersonRegistryProjection::person,
                query.personId().value()).stream().findFirst();
    }

    private static PersonView person(ResultSet row, int rowNumber) throws SQLException {
        return new PersonView(
                new PersonId(row.getObject("person_id", UUID.class)),
                row.getString("given_name"),
                row.getString("family_name"),
                row.getString("given_name_latin"),
                row.getString("family_name_latin"),
                Sex.valueOf(row.getString("sex")),
                row.getObject("date_of_birth", java.time.LocalDate.class),
                new Place(row.getString("birth_province"), row.getString("birth_district"), row.getString("birth_village")),
                parent(row, "mother"),
                parent(row, "father"),
                row.getString("informant"),
                row.getBoolean("late_registration"),
                row.getTimestamp("registered_at").toInstant(),
                row.getString("registration_office"));
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
}
