package io.tabien.registry.sync;

import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.database.DatabaseOutage;
import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.security.EndpointAccess;
import io.tabien.registry.web.Accepted;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.InvalidFields;
import io.tabien.registry.web.ProblemHandler;
import io.tabien.registry.web.Responses;
import io.tabien.registry.web.Submission;
import io.tabien.registry.web.Write;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records a batch of writes captured on a client (offline, as a rule) and answers each entry as its endpoint would
 * have answered it alone: the same access decision, validation, rules, Idempotency-Key and answer. Entries are
 * independent: a refused entry records nothing and leaves the others alone.
 * <p>
 * The batch is one database transaction, and each entry a savepoint in it: a refused entry is rolled back to its
 * savepoint, an accepted one is kept with its idempotency record, and everything commits together at the end. A batch
 * thus costs one commit (one flush to disk) instead of one per entry. If the commit fails, nothing of the batch is
 * recorded, and the client sends it again under the same keys.
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

    Sync(List<SyncKinds> features, Commands commands, ActorSource actors, EndpointAccess access,
         ProblemHandler problems, JsonMapper json, Validator validator, PlatformTransactionManager transactions) {
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
        TransactionStatus transaction = transactions.getTransaction(BATCH);
        List<SyncResult> results = new ArrayList<>(batch.entries().size());
        try {
            for (JsonNode entry : batch.entries()) {
                results.add(entry(entry, actor, correlation));
            }
        } catch (RuntimeException | Error failure) {
            transactions.rollback(transaction);
            throw failure;
        }
        transactions.commit(transaction);
        return new SyncResults(results);
    }

    /** The kinds of entry a batch may hold, by name. */
    public List<String> kinds() {
        return List.copyOf(kinds.keySet());
    }

    private SyncResult entry(JsonNode node, Actor actor, String correlationId) {
        String key = node != null && node.path("idempotencyKey").isString() ? node.path("idempotencyKey").asString()
                : null;
        SyncEntry entry;
        try {
            entry = node == null || !node.isObject() ? null : json.treeToValue(node, SyncEntry.class);
        } catch (JacksonException malformed) {
            return refused(key, ProblemHandler.malformed(malformed), null);
        }
        if (entry == null) {
            return refused(key, ProblemHandler.malformed(null), null);
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
            return refused(key, ProblemHandler.invalid(invalid), null);
        }
        String endpoint = kind.endpoint().apply(entry.target());
        if (!access.mayPost(endpoint)) {
            return refused(key, ProblemHandler.problem(ProblemType.FORBIDDEN,
                    "Your role does not allow this operation."), endpoint);
        }
        Object body;
        try {
            body = json.treeToValue(entry.body(), kind.bodyType());
        } catch (JacksonException malformed) {
            return refused(key, ProblemHandler.malformed(malformed), endpoint);
        }
        List<InvalidFields.FieldProblem> violations = validator.validate(body).stream()
                .map(Sync::fieldProblem)
                .sorted(Comparator.comparing(InvalidFields.FieldProblem::field))
                .toList();
        if (!violations.isEmpty()) {
            return refused(key, ProblemHandler.invalid(violations), endpoint);
        }
        return send(kind, entry, body, new Submission(actor, entry.idempotencyKey(), correlationId, recordedAt),
                endpoint);
    }

    /**
     * Sends the entry's write in a savepoint of the batch. The same write arriving at once in another request or
     * batch collides on its idempotency record; after the rollback to the savepoint, sending it again answers what
     * the other one recorded.
     */
    private SyncResult send(SyncKind<?> kind, SyncEntry entry, Object body, Submission submission, String endpoint) {
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
            return new SyncResult(entry.idempotencyKey(), write.creates() ? 201 : 200,
                    Responses.location(write, accepted), Responses.recordId(write, accepted), accepted.position(),
                    null);
        }
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
