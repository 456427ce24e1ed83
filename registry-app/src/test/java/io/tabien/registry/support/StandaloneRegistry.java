package io.tabien.registry.support;

import io.tabien.registry.TabienApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/** A registry of a test's own, for tests that restart it or start it differently from the shared one. */
public final class StandaloneRegistry {

    private StandaloneRegistry() {
    }

    /** Started as {@code main} starts the registry, the embedded database on a thread of its own. */
    public static ConfigurableApplicationContext start(Path dataDirectory, String adminPassword, String... profiles) {
        return TabienApplication.registry().profiles(profiles).run(
                "--server.port=0",
                "--spring.datasource.url=",
                "--tabien.database.embedded.port=0",
                "--tabien.database.embedded.data-directory=" + dataDirectory,
                "--tabien.audit.key-file=" + dataDirectory + ".audit-signing.key",
                "--tabien.certificates.key-file=" + dataDirectory + ".certificate-signing.key",
                "--tabien.audit.heads-file=" + dataDirectory + ".audit-heads.log",
                "--tabien.admin.username=admin",
                "--tabien.admin.password=" + adminPassword);
    }

    public static Api api(ConfigurableApplicationContext context) {
        return Api.at(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
