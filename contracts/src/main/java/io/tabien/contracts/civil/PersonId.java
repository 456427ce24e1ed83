package io.tabien.contracts.civil;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

public record PersonId(UUID value) implements TypedId {

    public PersonId {
        Objects.requireNonNull(value, "a person id needs a value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
