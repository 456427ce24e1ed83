package io.tabien.registry.support;

import java.nio.file.Path;
import java.util.UUID;

/** Embedded databases of the test run live under target/, so that a clean build removes them. */
public final class TestDatabases {

    public static final String SHARED = fresh().toString();

    public static Path fresh() {
        return Path.of("target", "test-databases", UUID.randomUUID().toString()).toAbsolutePath();
    }

    private TestDatabases() {
    }
}
