package io.tabien.contracts.documents;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

public record PassportId(UUID value) implements TypedId {

    public PassportId {
        Objects.requireNonNull(value, "a passport id needs a value");
    }

    public static PassportId random() {
        return new PassportId(UUID.randomUUID());
    }

    public static PassportId of(String value) {
        return new PassportId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
