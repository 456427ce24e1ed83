package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FindFamilyBook;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.errors.CurrentRecordReader;
import io.tabien.registry.security.NotAReader;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.ReadYourWrites;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;
import java.util.UUID;

/**
 * Persons and family books as their {@code GET} shows them to the current user, for a refused stale change. A request
 * of its own reads them after the user's own writes, as a {@code GET} would; an entry of a sync batch does not wait,
 * since the batch's earlier writes are not committed yet, and may show the record a moment behind its version.
 */
@Component
class CivilCurrentRecords implements CurrentRecordReader {

    private static final String PERSON = "person";
    private static final String FAMILY_BOOK = "family book";

    private final QueryGateway queries;
    private final ReadAccess access;
    private final ReadYourWrites readYourWrites;
    private final ActorSource actors;

    CivilCurrentRecords(QueryGateway queries, ReadAccess access, ReadYourWrites readYourWrites, ActorSource actors) {
        this.queries = queries;
        this.access = access;
        this.readYourWrites = readYourWrites;
        this.actors = actors;
    }

    @Override
    public boolean reads(String record) {
        return PERSON.equals(record) || FAMILY_BOOK.equals(record);
    }

    @Override
    public Optional<Object> current(String record, UUID recordId) {
        String jurisdiction;
        try {
            jurisdiction = access.civilJurisdiction();
        } catch (NotAReader notAReader) {
            return Optional.empty();
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            readYourWrites.awaitOwnWrites(actors.currentActor().username(),
                    PERSON.equals(record) ? "person-registry" : "family-books", null);
        }
        Object query = PERSON.equals(record) ? new FindPerson(new PersonId(recordId), jurisdiction)
                : new FindFamilyBook(new FamilyBookId(recordId), jurisdiction);
        Class<?> view = PERSON.equals(record) ? PersonView.class : FamilyBookView.class;
        return queries.query(query, ResponseTypes.optionalInstanceOf(view)).join().map(Object.class::cast);
    }
}
