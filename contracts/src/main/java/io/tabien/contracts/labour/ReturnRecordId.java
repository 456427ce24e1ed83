package io.tabien.contracts.labour;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

public record ReturnRecordId(UUID value) implements TypedId {

    public ReturnRecordId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static ReturnRecordId random() {
        return new ReturnRecordId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
