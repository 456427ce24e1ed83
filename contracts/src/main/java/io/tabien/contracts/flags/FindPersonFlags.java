package io.tabien.contracts.flags;

import java.util.UUID;

public record FindPersonFlags(UUID personId) {
}
