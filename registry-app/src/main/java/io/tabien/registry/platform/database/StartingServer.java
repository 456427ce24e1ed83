package io.tabien.registry.platform.database;

import org.springframework.beans.factory.DisposableBean;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The embedded server being started on a thread of its own ({@link EmbeddedDatabaseEarlyStart}) until its bean
 * takes it. A context that fails before that stops the server here, so that no server outlives a registry that did
 * not start.
 */
final class StartingServer implements DisposableBean {

    static final String BEAN_NAME = "startingEmbeddedPostgres";

    private final CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
    private volatile boolean taken;

    static StartingServer begin(EmbeddedDatabaseProperties properties) {
        StartingServer starting = new StartingServer();
        Thread thread = new Thread(() -> {
            try {
                starting.server.complete(new EmbeddedPostgresServer(properties.dataDirectory(), properties.port(),
                        properties.binariesDirectory()).start());
            } catch (Throwable failed) {
                starting.server.completeExceptionally(failed);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        return starting;
    }

    /** The started server, once it runs; from then on its bean stops it. Fails as the start failed. */
    EmbeddedPostgresServer take() {
        try {
            EmbeddedPostgresServer started = server.join();
            taken = true;
            return started;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        if (taken) {
            return;
        }
        try {
            server.join().close();
        } catch (CompletionException startFailed) {
            // Nothing runs that would need stopping; the failure is the context's to report, if it got that far.
        }
    }
}
