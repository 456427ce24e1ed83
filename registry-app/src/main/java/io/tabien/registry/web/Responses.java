package io.tabien.registry.web;

import io.tabien.contracts.TypedId;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.UUID;

/**
 * The answers to accepted commands: 201 with the new record's location and id, or 200 naming the changed record;
 * both with the position of the write, so another client can read it.
 */
public final class Responses {

    private Responses() {
    }

    public static ResponseEntity<RecordId> created(String collection, Accepted<? extends TypedId> accepted) {
        return ResponseEntity.created(URI.create(collection + "/" + accepted.result()))
                .header(Commands.POSITION, Long.toString(accepted.position()))
                .body(new RecordId(accepted.result().value()));
    }

    /** The answer to an accepted write: 201 with the location of what it created, or 200 naming what it changed. */
    public static ResponseEntity<RecordId> answer(Write<?> write, Accepted<?> accepted) {
        ResponseEntity.BodyBuilder answer = write.creates() ? ResponseEntity.created(URI.create(location(write, accepted)))
                : ResponseEntity.ok();
        return answer.header(Commands.POSITION, Long.toString(accepted.position())).body(recordId(write, accepted));
    }

    /** Where the record a write created is found; null for a write that changed a record. */
    public static String location(Write<?> write, Accepted<?> accepted) {
        return write.creates() ? write.createdIn() + "/" + accepted.result() : null;
    }

    /** The body of the answer: the id of the record created or changed. */
    public static RecordId recordId(Write<?> write, Accepted<?> accepted) {
        return new RecordId(write.creates() ? ((TypedId) accepted.result()).value() : write.recordId().value());
    }

    public static ResponseEntity<RecordId> recorded(Accepted<?> accepted, UUID id) {
        return ResponseEntity.ok()
                .header(Commands.POSITION, Long.toString(accepted.position()))
                .body(new RecordId(id));
    }
}
