package io.tabien.contracts.grievance;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

public record GrievanceId(UUID value) implements TypedId {

    public GrievanceId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static GrievanceId random() {
        return new GrievanceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
