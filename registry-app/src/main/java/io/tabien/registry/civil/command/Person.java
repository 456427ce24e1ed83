package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.RegisterBirth;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person in the civil register, from the registration of their birth on. */
@Aggregate
class Person {

    @AggregateIdentifier
    private PersonId personId;
    private LocalDate dateOfBirth;

    Person() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Person(RegisterBirth command, BirthRegistrationPolicy policy) {
        requirePresent(command.givenName(), "givenName");
        requirePresent(command.familyName(), "familyName");
        requirePresent(command.sex(), "sex");
        requirePresent(command.placeOfBirth(), "placeOfBirth");
        mustBeBornInTheRegisterPeriod(command.dateOfBirth(), policy);
        mustBeBornInLaos(command.placeOfBirth().province(), policy);
        apply(new BirthRegistered(
                command.personId(),
                command.givenName().strip(),
                command.familyName().strip(),
                stripped(command.givenNameLatin()),
                stripped(command.familyNameLatin()),
                command.sex(),
                command.dateOfBirth(),
                command.placeOfBirth(),
                command.mother(),
                command.father(),
                stripped(command.informant()),
                policy.isLate(command.dateOfBirth())));
    }

    @EventSourcingHandler
    void on(BirthRegistered event) {
        this.personId = event.personId();
        this.dateOfBirth = event.dateOfBirth();
    }

    private static void mustBeBornInTheRegisterPeriod(LocalDate dateOfBirth, BirthRegistrationPolicy policy) {
        requirePresent(dateOfBirth, "dateOfBirth");
        LocalDate today = policy.today();
        if (dateOfBirth.isAfter(today)) {
            throw new DateOfBirthInFuture(today);
        }
        if (dateOfBirth.isBefore(BirthRegistrationPolicy.EARLIEST_DATE_OF_BIRTH)) {
            throw new DateOfBirthTooEarly(BirthRegistrationPolicy.EARLIEST_DATE_OF_BIRTH);
        }
    }

    private static void mustBeBornInLaos(String province, BirthRegistrationPolicy policy) {
        if (!policy.isKnownProvince(province)) {
            throw new UnknownProvince("placeOfBirth.province");
        }
    }

    private static void requirePresent(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RequiredFieldMissing(field);
        }
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
