package io.tabien.registry.support;

import io.tabien.registry.TabienApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The registry in a JVM of its own, started from the test's class path, for tests that kill it as an operating
 * system or an operator would ({@code kill -9}). Its console goes to a file under {@code target/}.
 */
public final class RegistryProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path console;

    private RegistryProcess(Process process, int port, Path console) {
        this.process = process;
        this.port = port;
        this.console = console;
    }

    /** Starts the registry with these arguments (besides its port) and waits until its health answers. */
    public static RegistryProcess start(String name, String... arguments) {
        RegistryProcess registry = launch(name, arguments);
        registry.awaitHealthy();
        return registry;
    }

    /** Starts the registry with these arguments (besides its port) and waits until it ends by itself. */
    public static Ended runToItsEnd(String name, Duration atMost, String... arguments) {
        RegistryProcess registry = launch(name, arguments);
        try {
            Process ended = registry.process.onExit().get(atMost.toMillis(), TimeUnit.MILLISECONDS);
            return new Ended(ended.exitValue(), registry.console);
        } catch (Exception stillRunning) {
            registry.kill();
            throw new IllegalStateException("The registry process did not end; see " + registry.console);
        }
    }

    private static RegistryProcess launch(String name, String... arguments) {
        int port = freePort();
        Path console = Path.of("target", "registry-processes", name + "-" + port + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"),
                TabienApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(console.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(console.toFile());
            // Its database is the one its arguments name, never one the environment points at.
            builder.environment().keySet().removeIf(variable -> variable.startsWith("TABIEN_DB_")
                    || variable.startsWith("SPRING_DATASOURCE_"));
            return new RegistryProcess(builder.start(), port, console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a registry process ended: its exit code, and the file its console went to. */
    public record Ended(int exitCode, Path console) {
    }

    public Api api() {
        return Api.at(port);
    }

    /** The file its standard output and error go to. */
    public Path console() {
        return console;
    }

    public long pid() {
        return process.pid();
    }

    /** As {@code kill -9}: no shutdown hook runs, nothing is closed. */
    public void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                kill();
            }
        }
    }

    private void awaitHealthy() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The registry process ended; see " + console);
            }
            try {
                return api().get("/actuator/health").status() == 200;
            } catch (UncheckedIOException notListeningYet) {
                return false;
            }
        });
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
