package io.tabien.contracts.labour;

import io.tabien.contracts.TypedId;

import java.util.Objects;
import java.util.UUID;

public record ContractId(UUID value) implements TypedId {

    public ContractId {
        Objects.requireNonNull(value, "an id needs a value");
    }

    public static ContractId random() {
        return new ContractId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
