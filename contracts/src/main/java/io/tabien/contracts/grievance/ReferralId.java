package io.tabien.contracts.grievance;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

public record ReferralId(UUID value) implements TypedId {

    public ReferralId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
