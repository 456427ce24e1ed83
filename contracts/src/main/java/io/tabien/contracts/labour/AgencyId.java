package io.tabien.contracts.labour;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

public record AgencyId(UUID value) implements TypedId {

    public AgencyId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static AgencyId random() {
        return new AgencyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
