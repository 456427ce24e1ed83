package io.tabien.registry.grievance.casefile;

import io.tabien.contracts.grievance.GrievanceEvidenceAdded;
import io.tabien.contracts.grievance.GrievanceRegistered;
import io.tabien.contracts.grievance.SealedText;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Revision 1 of {@link GrievanceRegistered} and {@link GrievanceEvidenceAdded} carried the worker's name and
 * passport number, the narrative and the evidence description as plain text; revision 2 carries them sealed. The
 * stored events are not rewritten (the hash chain covers them as they are): each such text is read as a
 * {@link SealedText#unsealed(String) text recorded before sealing}, which erasure removes from every read model but
 * not from the event itself.
 */
@Component
public class UnsealedCaseFileUpcaster extends SingleEventUpcaster {

    private static final Map<String, List<String>> TEXTS_BY_EVENT = Map.of(
            GrievanceRegistered.class.getName(), List.of("workerName", "passportNumber", "narrative"),
            GrievanceEvidenceAdded.class.getName(), List.of("description"));
    private static final String FIRST_REVISION = "1";
    private static final String SEALED_REVISION = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TEXTS_BY_EVENT.containsKey(representation.getType().getName())
                && FIRST_REVISION.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcast(new SimpleSerializedType(type, SEALED_REVISION), ObjectNode.class, payload -> {
            for (String field : TEXTS_BY_EVENT.get(type)) {
                if (payload.hasNonNull(field)) {
                    String text = payload.get(field).asString();
                    payload.putObject(field).put("envelope", SealedText.PLAIN + text);
                }
            }
            return payload;
        }, Function.identity());
    }
}
