package io.tabien.contracts.deadletters;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

/** One administrator's decision that parked events of a read model need no further handling. */
public record DeadLetterResolutionId(UUID value) implements TypedId {

    public DeadLetterResolutionId {
        Objects.requireNonNull(value, "a resolution id needs a value");
    }

    public static DeadLetterResolutionId random() {
        return new DeadLetterResolutionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
