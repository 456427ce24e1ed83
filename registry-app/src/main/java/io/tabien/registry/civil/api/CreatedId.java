package io.tabien.registry.civil.api;

import java.util.UUID;

record CreatedId(UUID id) {
}
