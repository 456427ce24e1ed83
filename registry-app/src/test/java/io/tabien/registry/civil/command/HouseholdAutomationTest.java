package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.BirthRegistered;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.registry.platform.commands.CommandMetadata;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A process step is taken once per causing event, however often that event is delivered: after a crash between
 * the step and the processor's token update, the event comes again.
 */
class HouseholdAutomationTest extends IntegrationTest {

    @Autowired
    private HouseholdAutomation automation;
    @Autowired
    private EventStore eventStore;

    @Test
    void birthDeliveredAgainDoesNotEnterTheChildTwice() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        String head = registrar.person("ບຸນ", "ແກ້ວ", "1980-01-01", "LA-XE", "1501");
        String book = registrar.familyBook("LA-XE", "1501", head);
        Api.Response birth = registrar.registerBirth("ນ້ອຍ", "ແກ້ວ", null, "2026-01-05", "LA-XE", "1501", null, book);
        String child = birth.json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> count(book, "FamilyMemberAdded") == 1);

        DomainEventMessage<?> born = last(child, BirthRegistered.class);
        automation.on((BirthRegistered) born.getPayload(), cast(born));
        automation.on((BirthRegistered) born.getPayload(), cast(born));

        assertThat(count(book, "FamilyMemberAdded")).isEqualTo(1);

        assertThat(registrar.registerDeath(child, "2026-02-01", "LA-XE", "1501").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> count(book, "FamilyMemberRemoved") == 1);
        DomainEventMessage<?> died = last(child, DeathRegistered.class);
        automation.on((DeathRegistered) died.getPayload(), cast(died));

        assertThat(count(book, "FamilyMemberRemoved")).isEqualTo(1);
    }

    @Test
    void theStepsCommandNamesTheEventThatCausedItAndKeepsItsCorrelation() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        String head = registrar.person("ບຸນມີ", "ແສງ", "1981-01-01", "LA-XE", "1501");
        String book = registrar.familyBook("LA-XE", "1501", head);
        String child = registrar.registerBirth("ນ້ອຍ", "ແສງ", null, "2026-01-06", "LA-XE", "1501", null, book)
                .json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> count(book, "FamilyMemberAdded") == 1);

        DomainEventMessage<?> born = last(child, BirthRegistered.class);
        DomainEventMessage<?> entered = last(book, FamilyMemberAdded.class);

        assertThat(entered.getMetaData().get(CommandMetadata.CAUSATION_ID)).isEqualTo(born.getIdentifier());
        assertThat(entered.getMetaData().get(CommandMetadata.CORRELATION_ID)).isNotNull()
                .isEqualTo(born.getMetaData().get(CommandMetadata.CORRELATION_ID));
        assertThat(entered.getMetaData().get(CommandMetadata.OFFICE)).isEqualTo(born.getMetaData().get(CommandMetadata.OFFICE));
        assertThat(entered.getMetaData().get(CommandMetadata.ACTOR)).isNotNull();
    }

    private long count(String aggregate, String type) {
        Long count = jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type like ?",
                Long.class, aggregate, "%." + type);
        return count == null ? 0 : count;
    }

    private DomainEventMessage<?> last(String aggregate, Class<?> type) {
        return eventStore.readEvents(aggregate).asStream()
                .filter(event -> type.isInstance(event.getPayload()))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> org.axonframework.eventhandling.EventMessage<T> cast(DomainEventMessage<?> message) {
        return (org.axonframework.eventhandling.EventMessage<T>) message;
    }
}
