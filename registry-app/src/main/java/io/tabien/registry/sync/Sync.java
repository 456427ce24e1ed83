package io.tabien.registry.sync;

import io.tabien.registry.platform.commands.Actor;
import io.tabien.contracts.TypedId;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.commands.CommandBatch;
import io.tabien.registry.platform.commands.ProcessedCommands;
import io.tabien.registry.platform.database.DatabaseOutage;
import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Forbidden;
import io.tabien.registry.platform.errors.InvalidValues;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.platform.errors.RuleViolation;
import io.tabien.registry.security.EndpointAccess;
import io.tabien.registry.web.Accepted;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.InvalidFields;
import io.tabien.registry.web.ProblemHandler;
import io.tabien.registry.web.ReadYourWrites;
import io.tabien.registry.web.Responses;
import io.tabien.registry.web.Submission;
import io.tabien.registry.web.Write;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records a batch of writes captured on a client (offline, as a rule) and answers each entry as its endpoint would
 * have answered it alone: the same access decision, validation, rules, Idempotency-Key and answer. Entries are
 * independent: a refused entry records nothing and leaves the others alone.
 * <p>
 * The batch is one database transaction, which costs one commit (one flush to disk) instead of one per entry. It is
 * first sent in one go: the idempotency records of all its keys read in one query and written in one statement, no
 * savepoint per entry, since an entry refused by a rule has written nothing. Only when an entry fails at the database
 * (its concurrent twin, a key another request took meanwhile) is the transaction rolled back and the batch sent again
 * with a savepoint per entry: a refused entry is then rolled back to its savepoint, and the same write of a concurrent
 * twin answered as the twin recorded it. If the commit fails, nothing of the batch is recorded, and the client sends it
 * again under the same keys.
 * <p>
 * Independent of how the user logged in: the actor and the access decisions come from the current security context.
 */
@Service
public class Sync {

    public static final int MAX_ENTRIES = 200;

    private static final TransactionDefinition BATCH =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
    private static final TransactionDefinition ENTRY =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final Map<String, SyncKind<?>> kinds = new LinkedHashMap<>();
    private final Commands commands;
    private final ActorSource actors;
    private final EndpointAccess access;
    private final ProblemHandler problems;
    private final JsonMapper json;
    private final Validator validator;
    private final PlatformTransactionManager transactions;
    private final ProcessedCommands processedCommands;
    private final ReadYourWrites readYourWrites;
    private final SyncMetrics metrics;

    Sync(List<SyncKinds> features, Commands commands, ActorSource actors, EndpointAccess access,
         ProblemHandler problems, JsonMapper json, Validator validator, PlatformTransactionManager transactions,
         ProcessedCommands processedCommands, ReadYourWrites readYourWrites, SyncMetrics metrics) {
        features.stream().flatMap(feature -> feature.kinds().stream())
                .sorted(Comparator.comparing(SyncKind::name))
                .forEach(kind -> {
                    if (kinds.put(kind.name(), kind) != null) {
                        throw new IllegalStateException("Two sync kinds are named " + kind.name());
                    }
                });
        this.commands = commands;
        this.actors = actors;
        this.access = access;
        this.problems = problems;
        this.json = json;
        this.validator = validator;
        this.transactions = transactions;
        this.processedCommands = processedCommands;
        this.readYourWrites = readYourWrites;
        this.metrics = metrics;
    }

    /**
     * @param correlationId ties the events of the batch together; null for a new one
     * @throws InvalidFields if the batch holds no entry or more than {@value #MAX_ENTRIES}, or the correlation id is
     *                       malformed: nothing is recorded
     */
    public SyncResults sync(SyncBatch batch, String correlationId) {
        if (batch == null || batch.entries() == null || batch.entries().isEmpty()
                || batch.entries().size() > MAX_ENTRIES) {
            throw new InvalidFields(List.of(new InvalidFields.FieldProblem("entries",
                    "must hold 1 to " + MAX_ENTRIES + " entries")));
        }
        if (correlationId != null && !Commands.isKey(correlationId)) {
            throw new InvalidFields(List.of(new InvalidFields.FieldProblem(Commands.CORRELATION_ID,
                    "must be 1 to 200 visible ASCII characters")));
        }
        Actor actor = actors.currentActor();
        String correlation = correlationId != null ? correlationId : UUID.randomUUID().toString();
        Map<String, Boolean> mayPost = new HashMap<>();
        List<Prepared> entries = batch.entries().stream()
                .map(entry -> prepared(entry, actor, correlation, mayPost))
                .toList();
        boolean[] replayed = new boolean[entries.size()];
        SyncResults inOneGo = inOneGo(entries, actor, replayed);
        SyncResults results = inOneGo != null ? inOneGo : oneByOne(entries, replayed);
        metrics.recorded(batch.entries(), results.results(), replayed, kinds.keySet());
        return results;
    }

    /** The kinds of entry a batch may hold, by name. */
    public List<String> kinds() {
        return List.copyOf(kinds.keySet());
    }

    /** An entry read, validated and allowed, ready to be sent; or its refusal. */
    private record Prepared(SyncKind<?> kind, SyncEntry entry, Object body, Submission submission, String endpoint,
                            SyncResult refusal) {

        static Prepared refused(SyncResult refusal) {
            return new Prepared(null, null, null, null, null, refusal);
        }
    }

    /**
     * The batch in one transaction without a savepoint per entry: its idempotency records read at once before the
     * first entry and written at once after the last, the positions of its records read at once at the end. An entry
     * refused by a rule has written nothing (rules are checked before anything is written), so the others go on. An
     * entry that fails at the database (a concurrent twin, a key taken meanwhile) aborts the transaction: the batch is
     * then rolled back whole and answers null, to be sent again one entry at a time.
     */
    private SyncResults inOneGo(List<Prepared> entries, Actor actor, boolean[] replayed) {
        List<String> keys = entries.stream().filter(entry -> entry.refusal() == null)
                .map(entry -> entry.submission().idempotencyKey()).toList();
        TransactionStatus transaction = transactions.getTransaction(BATCH);
        SyncResult[] results = new SyncResult[entries.size()];
        Map<Integer, Write<?>> accepted = new LinkedHashMap<>();
        Map<Integer, Accepted<?>> answers = new HashMap<>();
        try (CommandBatch batch = processedCommands.openBatch(actor.username(), keys)) {
            for (int i = 0; i < entries.size(); i++) {
                Prepared entry = entries.get(i);
                if (entry.refusal() != null) {
                    results[i] = entry.refusal();
                    continue;
                }
                try {
                    Write<?> write = entry.kind().write(entry.entry().target(), entry.body(),
                            entry.entry().expectedVersion());
                    answers.put(i, commands.send(write, entry.submission()));
                    accepted.put(i, write);
                } catch (RuntimeException refusal) {
                    if (!refusedByARule(refusal)) {
                        throw refusal;
                    }
                    results[i] = refused(entry.entry().idempotencyKey(), problems.problemFor(refusal),
                            entry.endpoint());
                }
            }
            batch.writeAll();
            Map<TypedId, Long> positions = readYourWrites.wrote(actor.username(),
                    accepted.values().stream().map(Write::recordId).toList());
            accepted.forEach((i, write) -> {
                results[i] = acceptedResult(entries.get(i).entry(), write, answers.get(i),
                        positions.getOrDefault(write.recordId(), Accepted.POSITION_UNKNOWN));
                replayed[i] = answers.get(i).replayed();
            });
        } catch (RuntimeException | Error failure) {
            transactions.rollback(transaction);
            if (failure instanceof RuntimeException atTheDatabase && !DatabaseOutage.causedBy(atTheDatabase)) {
                return null;
            }
            throw failure;
        }
        transactions.commit(transaction);
        return new SyncResults(List.of(results));
    }

    /**
     * The batch as one transaction with a savepoint per entry: a refused entry is rolled back to its savepoint, an
     * accepted one kept with its idempotency record, and everything commits together at the end.
     */
    private SyncResults oneByOne(List<Prepared> entries, boolean[] replayed) {
        TransactionStatus transaction = transactions.getTransaction(BATCH);
        List<SyncResult> results = new ArrayList<>(entries.size());
        try {
            for (int i = 0; i < entries.size(); i++) {
                Prepared entry = entries.get(i);
                replayed[i] = false;
                results.add(entry.refusal() != null ? entry.refusal()
                        : send(entry.kind(), entry.entry(), entry.body(), entry.submission(), entry.endpoint(),
                        replayed, i));
            }
        } catch (RuntimeException | Error failure) {
            transactions.rollback(transaction);
            throw failure;
        }
        transactions.commit(transaction);
        return new SyncResults(results);
    }

    /**
     * Refusals that rules make before the write reaches the database: the entry has written nothing. Anything else
     * (a failed statement above all) may have left the batch's transaction aborted or holding part of the entry.
     */
    private static boolean refusedByARule(RuntimeException refusal) {
        return refusal instanceof RuleViolation || refusal instanceof Conflict || refusal instanceof Forbidden
                || refusal instanceof NotFound || refusal instanceof InvalidValues || refusal instanceof InvalidFields
                || refusal instanceof AggregateNotFoundException;
    }

    private Prepared prepared(JsonNode node, Actor actor, String correlationId, Map<String, Boolean> mayPost) {
        String key = node != null && node.path("idempotencyKey").isString() ? node.path("idempotencyKey").asString()
                : null;
        SyncEntry entry;
        try {
            entry = node == null || !node.isObject() ? null : json.treeToValue(node, SyncEntry.class);
        } catch (JacksonException malformed) {
            return Prepared.refused(refused(key, ProblemHandler.malformed(malformed), null));
        }
        if (entry == null) {
            return Prepared.refused(refused(key, ProblemHandler.malformed(null), null));
        }
        List<InvalidFields.FieldProblem> invalid = new ArrayList<>();
        SyncKind<?> kind = kinds.get(entry.kind());
        if (kind == null) {
            invalid.add(new InvalidFields.FieldProblem("kind", "must be one of " + String.join(", ", kinds.keySet())));
        }
        if (!Commands.isKey(entry.idempotencyKey())) {
            invalid.add(new InvalidFields.FieldProblem("idempotencyKey", "must be 1 to 200 visible ASCII characters"));
        }
        if (kind != null && kind.targeted() && entry.target() == null) {
            invalid.add(new InvalidFields.FieldProblem("target", "must name the record this kind of entry changes"));
        }
        Instant recordedAt = commands.now();
        if (entry.recordedAt() != null) {
            try {
                recordedAt = commands.recordedAt(entry.recordedAt());
            } catch (IllegalArgumentException refused) {
                invalid.add(new InvalidFields.FieldProblem("recordedAt", refused.getMessage()));
            }
        }
        if (entry.body() == null || !entry.body().isObject()) {
            invalid.add(new InvalidFields.FieldProblem("body", "must be the JSON object the endpoint takes"));
        }
        if (!invalid.isEmpty()) {
            return Prepared.refused(refused(key, ProblemHandler.invalid(invalid), null));
        }
        String endpoint = kind.endpoint().apply(entry.target());
        // One request, one user: the decision on an endpoint holds for every entry sent to it.
        if (!mayPost.computeIfAbsent(endpoint, access::mayPost)) {
            return Prepared.refused(refused(key, ProblemHandler.problem(ProblemType.FORBIDDEN,
                    "Your role does not allow this operation."), endpoint));
        }
        Object body;
        try {
            body = json.treeToValue(entry.body(), kind.bodyType());
        } catch (JacksonException malformed) {
            return Prepared.refused(refused(key, ProblemHandler.malformed(malformed), endpoint));
        }
        List<InvalidFields.FieldProblem> violations = validator.validate(body).stream()
                .map(Sync::fieldProblem)
                .sorted(Comparator.comparing(InvalidFields.FieldProblem::field))
                .toList();
        if (!violations.isEmpty()) {
            return Prepared.refused(refused(key, ProblemHandler.invalid(violations), endpoint));
        }
        return new Prepared(kind, entry, body, new Submission(actor, entry.idempotencyKey(), correlationId, recordedAt),
                endpoint, null);
    }

    /**
     * Sends the entry's write in a savepoint of the batch. The same write arriving at once in another request or
     * batch collides on its idempotency record; after the rollback to the savepoint, sending it again answers what
     * the other one recorded. Notes in {@code replayed[index]} whether the answer is a replay of an earlier recording.
     */
    private SyncResult send(SyncKind<?> kind, SyncEntry entry, Object body, Submission submission, String endpoint,
                            boolean[] replayed, int index) {
        for (int attempt = 1; ; attempt++) {
            TransactionStatus savepoint = transactions.getTransaction(ENTRY);
            Write<?> write;
            Accepted<?> accepted;
            try {
                write = kind.write(entry.target(), body, entry.expectedVersion());
                accepted = commands.send(write, submission);
            } catch (RuntimeException refusal) {
                transactions.rollback(savepoint);
                if (DatabaseOutage.causedBy(refusal)) {
                    throw refusal;
                }
                if (attempt == 1 && collidedWithTwin(refusal)) {
                    continue;
                }
                return refused(entry.idempotencyKey(), problems.problemFor(refusal), endpoint);
            }
            transactions.commit(savepoint);
            replayed[index] = accepted.replayed();
            return acceptedResult(entry, write, accepted, accepted.position());
        }
    }

    private static SyncResult acceptedResult(SyncEntry entry, Write<?> write, Accepted<?> accepted, long position) {
        return new SyncResult(entry.idempotencyKey(), write.creates() ? 201 : 200, Responses.location(write, accepted),
                Responses.recordId(write, accepted), position, null);
    }

    /**
     * Whether the write met the same write of another request or batch: on its idempotency record, or on the rows
     * both lock, in another order (a deadlock PostgreSQL broke by failing this statement).
     */
    private static boolean collidedWithTwin(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    private static SyncResult refused(String idempotencyKey, ProblemDetail problem, String endpoint) {
        if (endpoint != null) {
            problem.setInstance(URI.create(endpoint));
        }
        return new SyncResult(idempotencyKey, problem.getStatus(), null, null, null, ProblemHandler.asJson(problem));
    }

    private static InvalidFields.FieldProblem fieldProblem(ConstraintViolation<Object> violation) {
        return new InvalidFields.FieldProblem(violation.getPropertyPath().toString(),
                violation.getMessage() == null ? "is invalid" : violation.getMessage());
    }
}
