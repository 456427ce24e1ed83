package io.tabien.registry.support;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * A registrar posting births one after another while a test breaks something, remembering which were acknowledged
 * (201) and how each refusal was answered.
 */
public final class BirthLoad implements AutoCloseable {

    public record Refusal(int status, String contentType, Duration took) {
    }

    private static final String BIRTH = """
            {"givenName": "ບຸນມີ", "familyName": "ພົມມະວົງ", "sex": "M", "dateOfBirth": "2025-06-01",
             "placeOfBirth": {"province": "LA-VT", "district": "0101"}}""";

    private final Supplier<Api> registrar;
    /** Each acknowledged person's id with the moment its answer arrived. */
    private final Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private final AtomicInteger unreachable = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    /** @param registrar the client to post with, asked anew for every birth (a node may change) */
    public BirthLoad(Supplier<Api> registrar) {
        this.registrar = registrar;
        this.thread = new Thread(this::run, "birth-load");
        thread.start();
    }

    private void run() {
        while (running.get()) {
            long started = System.nanoTime();
            try {
                Api.Response answer = registrar.get().post("/api/births", BIRTH,
                        "Idempotency-Key", UUID.randomUUID().toString());
                if (answer.status() == 201) {
                    acknowledged.put(answer.json().get("id").asString(), Instant.now());
                } else {
                    refusals.add(new Refusal(answer.status(), answer.contentType(),
                            Duration.ofNanos(System.nanoTime() - started)));
                }
            } catch (UncheckedIOException | IllegalStateException notListening) {
                unreachable.incrementAndGet();
                // A client backs off a little before it tries again.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        }
    }

    /** Waits until at least {@code count} more births than now have been acknowledged. */
    public void awaitMoreAcknowledged(int count, Duration atMost) {
        int target = acknowledged.size() + count;
        await().atMost(atMost).until(() -> acknowledged.size() >= target);
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public List<String> acknowledged() {
        return List.copyOf(acknowledged.keySet());
    }

    /** The ids whose acknowledgement arrived before {@code moment}. */
    public List<String> acknowledgedBefore(Instant moment) {
        return acknowledged.entrySet().stream().filter(entry -> entry.getValue().isBefore(moment))
                .map(Map.Entry::getKey).toList();
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    public int unreachable() {
        return unreachable.get();
    }

    /** Stops after the birth in flight and answers the ids acknowledged. */
    public List<String> stop() {
        running.set(false);
        try {
            thread.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return acknowledged();
    }

    @Override
    public void close() {
        stop();
    }
}
