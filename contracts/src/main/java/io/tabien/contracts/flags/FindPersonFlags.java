package io.tabien.contracts.flags;

import java.time.LocalDate;
import java.util.UUID;

public record FindPersonFlags(UUID personId, LocalDate asOf) {
}
