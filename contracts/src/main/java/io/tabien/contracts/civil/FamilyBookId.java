package io.tabien.contracts.civil;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

public record FamilyBookId(UUID value) implements TypedId {

    public FamilyBookId {
        Objects.requireNonNull(value, "a family book id needs a value");
    }

    public static FamilyBookId random() {
        return new FamilyBookId(UUID.randomUUID());
    }

    public static FamilyBookId of(String value) {
        return new FamilyBookId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
