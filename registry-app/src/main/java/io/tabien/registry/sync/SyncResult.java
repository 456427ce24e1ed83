package io.tabien.registry.sync;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * What one entry was answered, as its endpoint would have answered it alone.
 *
 * @param status   the HTTP status the request alone would have had
 * @param location where a created record is found
 * @param body     the answer to an accepted write ({@code {"id": ...}})
 * @param position the global index of the write's last event, as {@code Tabien-Position}
 * @param problem  the refusal, as problem+json
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncResult(String idempotencyKey, int status, String location, Object body, Long position,
                         Map<String, Object> problem) {
}
