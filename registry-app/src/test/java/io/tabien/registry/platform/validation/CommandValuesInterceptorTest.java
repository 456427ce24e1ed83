package io.tabien.registry.platform.validation;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.RegisterBirth;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.platform.commands.CommandMetadata;
import io.tabien.registry.platform.errors.InvalidValues;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandValuesInterceptorTest {

    private final CommandValuesInterceptor interceptor = new CommandValuesInterceptor(new StorableValues());

    @Test
    void theCommandDispatchedHoldsNfcTextAndKeepsItsIdentityAndMetadata() {
        CommandMessage<RegisterBirth> sent = command(birth("Rene\u0301e"), "2026-11-01T08:00:00Z");

        CommandMessage<?> dispatched = interceptor.handle(sent);

        assertThat(((RegisterBirth) dispatched.getPayload()).givenName()).isEqualTo("Ren\u00e9e");
        assertThat(dispatched.getIdentifier()).isEqualTo(sent.getIdentifier());
        assertThat(dispatched.getCommandName()).isEqualTo(sent.getCommandName());
        assertThat(dispatched.getMetaData()).isEqualTo(sent.getMetaData());
    }

    @Test
    void aCommandWithNothingToNormalizeIsDispatchedAsItIs() {
        CommandMessage<RegisterBirth> sent = command(birth("Somchai"), "2026-11-01T08:00:00Z");

        assertThat(interceptor.handle(sent)).isSameAs(sent);
    }

    @Test
    void aCommandTheRegistryCouldNotStoreIsNotDispatched() {
        assertThatThrownBy(() -> interceptor.handle(command(birth("Som\u0000chai"), null)))
                .isInstanceOfSatisfying(InvalidValues.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidValues.Problem::field).containsExactly("givenName"));
    }

    @Test
    void aCaptureTimeNoColumnCanHoldIsRefused() {
        assertThatThrownBy(() -> interceptor.handle(command(birth("Somchai"), "-999999999-01-01T00:00:00Z")))
                .isInstanceOfSatisfying(InvalidValues.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidValues.Problem::field).containsExactly(CommandMetadata.RECORDED_AT));
    }

    @Test
    void anUnreadableCaptureTimeIsRefused() {
        assertThatThrownBy(() -> interceptor.handle(command(birth("Somchai"), "yesterday")))
                .isInstanceOf(InvalidValues.class);
    }

    private static CommandMessage<RegisterBirth> command(RegisterBirth birth, String recordedAt) {
        MetaData metadata = recordedAt == null ? MetaData.emptyInstance()
                : MetaData.from(Map.of(CommandMetadata.RECORDED_AT, recordedAt, CommandMetadata.ACTOR, "registrar"));
        return new GenericCommandMessage<>(birth, metadata);
    }

    private static RegisterBirth birth(String givenName) {
        return new RegisterBirth(PersonId.random(), givenName, "Keomany", null, null, Sex.F, LocalDate.of(2024, 2, 29),
                new Place("LA-XE", "1501", null), null, null, null, null);
    }
}
