package io.tabien.registry.grievance.casefile;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceEvidenceAdded;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.SealedText;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events of revision 1 carried the case file's texts in the open; they are read as revision 2 with each text marked
 * as recorded before sealing, and events of revision 2 pass as they are.
 */
class UnsealedCaseFileUpcasterTest extends IntegrationTest {

    private static final GrievanceId GRIEVANCE = GrievanceId.random();
    private static final LocalDate REPORTED = LocalDate.of(2024, 5, 2);

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer events;

    @Autowired
    private Configuration axon;

    @Autowired
    private JsonMapper json;

    @Autowired
    private CaseFileKeys keys;

    @Test
    void aRegistrationOfRevisionOneIsReadWithItsTextsUnsealed() {
        GrievanceRegistered current = registered(SealedText.unsealed("Noy Keomany"), SealedText.unsealed("P1234567"),
                SealedText.unsealed("Wages unpaid for three months."));
        byte[] firstRevision = withPlainTexts(current, "workerName", "passportNumber", "narrative");
        assertThat(new String(firstRevision, StandardCharsets.UTF_8)).contains("\"narrative\":\"Wages unpaid");

        assertThat(upcast(GrievanceRegistered.class, "1", firstRevision)).isEqualTo(current);
    }

    @Test
    void aRegistrationOfRevisionOneWithoutNameOrPassportKeepsThemAbsent() {
        GrievanceRegistered current = registered(null, null, SealedText.unsealed("Wages unpaid."));
        byte[] firstRevision = withPlainTexts(current, "narrative");

        assertThat(upcast(GrievanceRegistered.class, "1", firstRevision)).isEqualTo(current);
    }

    @Test
    void evidenceOfRevisionOneIsReadWithItsDescriptionUnsealed() {
        GrievanceEvidenceAdded current = new GrievanceEvidenceAdded(GRIEVANCE, SealedText.unsealed("Payslips"),
                "DOC-17", REPORTED);
        byte[] firstRevision = withPlainTexts(current, "description");

        assertThat(upcast(GrievanceEvidenceAdded.class, "1", firstRevision)).isEqualTo(current);
    }

    @Test
    void aRegistrationOfRevisionTwoPassesUnchangedAndOpensWithItsKey() {
        GrievanceId grievance = GrievanceId.random();
        SealedText narrative = keys.seal(grievance, CaseFileField.NARRATIVE, "Wages unpaid.");
        GrievanceRegistered current = new GrievanceRegistered(grievance, new PersonId(java.util.UUID.randomUUID()),
                null, null, null, "Sombat Farm Co.", "TH", null, GrievanceChannel.HOTLINE,
                Set.of(GrievanceCategory.WAGE_THEFT), narrative, REPORTED);
        byte[] serialized = events.serialize(current, byte[].class).getData();

        GrievanceRegistered read = upcast(GrievanceRegistered.class, "2", serialized);
        assertThat(read).isEqualTo(current);
        assertThat(read.narrative().sealed()).isTrue();
        assertThat(new String(serialized, StandardCharsets.UTF_8)).doesNotContain("Wages unpaid");
        assertThat(keys.opening(grievance.value()).open(CaseFileField.NARRATIVE, read.narrative().envelope()))
                .isEqualTo("Wages unpaid.");
        assertThatThrownBy(() -> keys.opening(grievance.value()).open(CaseFileField.WORKER_NAME,
                read.narrative().envelope()))
                .as("a text sealed for another field does not open")
                .hasMessageContaining("does not open with its key");
    }

    private static GrievanceRegistered registered(SealedText name, SealedText passport, SealedText narrative) {
        return new GrievanceRegistered(GRIEVANCE, null, name, passport, null, "Sombat Farm Co.", "TH", "Chanthaburi",
                GrievanceChannel.WALK_IN, Set.of(GrievanceCategory.WITHHOLDING_OF_WAGES), narrative, REPORTED);
    }

    /** The event as revision 1 stored it: each of the texts a plain string. */
    private byte[] withPlainTexts(Object event, String... texts) {
        SerializedObject<byte[]> serialized = events.serialize(event, byte[].class);
        ObjectNode payload = (ObjectNode) json.readTree(serialized.getData());
        for (String text : texts) {
            String envelope = payload.get(text).get("envelope").asString();
            payload.put(text, envelope.substring(SealedText.PLAIN.length()));
        }
        return json.writeValueAsBytes(payload);
    }

    private <T> T upcast(Class<T> type, String revision, byte[] payload) {
        var stored = new GenericDomainEventEntry<>("Grievance", GRIEVANCE.toString(), 0, "event-1", Instant.now(),
                type.getName(), revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
        return type.cast(EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), events,
                axon.upcasterChain()).next().getPayload());
    }
}
