package io.tabien.registry.support;

import io.tabien.registry.TabienApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** A registry of a test's own, for tests that restart it or start it differently from the shared one. */
public final class StandaloneRegistry {

    private StandaloneRegistry() {
    }

    /** Started as {@code main} starts the registry, the embedded database on a thread of its own. */
    public static ConfigurableApplicationContext start(Path dataDirectory, String adminPassword, String... profiles) {
        return TabienApplication.registry().profiles(profiles).run(arguments(dataDirectory, adminPassword));
    }

    /** Started as {@link #start} does, with these settings ({@code --name=value}) beside. */
    public static ConfigurableApplicationContext startWith(Path dataDirectory, String adminPassword,
                                                           String... settings) {
        return TabienApplication.registry().run(Stream.concat(Arrays.stream(arguments(dataDirectory, adminPassword)),
                Arrays.stream(settings)).toArray(String[]::new));
    }

    /** The settings that give a registry this data directory, its own port and key files beside the directory. */
    public static String[] arguments(Path dataDirectory, String adminPassword) {
        return new String[]{
                "--server.port=0",
                "--spring.datasource.url=",
                "--tabien.database.embedded.port=0",
                "--tabien.database.embedded.data-directory=" + dataDirectory,
                "--tabien.audit.key-file=" + dataDirectory + ".audit-signing.key",
                "--tabien.certificates.key-file=" + dataDirectory + ".certificate-signing.key",
                "--tabien.audit.heads-file=" + dataDirectory + ".audit-heads.log",
                "--tabien.admin.username=admin",
                "--tabien.admin.password=" + adminPassword};
    }

    public static Api api(ConfigurableApplicationContext context) {
        return Api.at(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
