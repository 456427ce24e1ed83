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

    public static ResponseEntity<RecordId> recorded(Accepted<?> accepted, UUID id) {
        return ResponseEntity.ok()
                .header(Commands.POSITION, Long.toString(accepted.position()))
                .body(new RecordId(id));
    }
}
