package io.tabien.registry.sync;

import io.tabien.registry.web.Write;

import java.util.UUID;
import java.util.function.Function;

/**
 * A kind of entry a sync batch may hold: the write of one endpoint, with that endpoint's body.
 *
 * @param name     what an entry names it by ({@code birth}, {@code death}, ...)
 * @param bodyType the endpoint's request body, read and validated as the endpoint does
 * @param targeted whether the entry acts on an existing record, named by its {@code target}
 * @param endpoint the endpoint's path for a target, on which who may send the entry is decided
 * @param writer   the write, from the target (or null), the body and the version the change was based on (or null)
 */
public record SyncKind<B>(String name, Class<B> bodyType, boolean targeted, Function<UUID, String> endpoint,
                          Writer<B> writer) {

    @FunctionalInterface
    public interface Writer<B> {
        Write<?> write(UUID target, B body, Long expectedVersion);
    }

    /** An entry that creates a record through the endpoint at {@code path}. */
    public static <B> SyncKind<B> creating(String name, String path, Class<B> bodyType, Function<B, Write<?>> writer) {
        return new SyncKind<>(name, bodyType, false, target -> path, (target, body, version) -> writer.apply(body));
    }

    /** An entry that changes its target through the endpoint {@code endpoint(target)}. */
    public static <B> SyncKind<B> changing(String name, Function<UUID, String> endpoint, Class<B> bodyType,
                                           Writer<B> writer) {
        return new SyncKind<>(name, bodyType, true, endpoint, writer);
    }

    Write<?> write(UUID target, Object body, Long expectedVersion) {
        return writer.write(target, bodyType.cast(body), expectedVersion);
    }
}
