package io.tabien.registry.web;

import io.tabien.registry.platform.time.InstantText;
import io.tabien.contracts.TypedId;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.commands.CommandBatch;
import io.tabien.registry.platform.commands.CommandMetadata;
import io.tabien.registry.platform.commands.ProcessedCommands;
import io.tabien.registry.platform.errors.InvalidValues;
import io.tabien.registry.platform.validation.StorableValues;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sends a command on behalf of the current HTTP request: stamps it with who, where and when, honours the
 * Idempotency-Key, and notes the write so that the same client's next read sees it.
 */
@Component
public class Commands {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String RECORDED_AT = "Recorded-At";
    public static final String POSITION = "Tabien-Position";
    public static final String IF_MATCH = "If-Match";

    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final Pattern VERSION_TAG = Pattern.compile("\"([0-9]{1,18})\"");
    private static final MessageDigest SHA_256 = sha256Algorithm();

    private final CommandGateway gateway;
    private final ActorSource actors;
    private final HttpServletRequest request;
    private final ProcessedCommands processedCommands;
    private final ReadYourWrites readYourWrites;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration recordedAtClockSkew;
    private final Duration recordedAtMaxAge;

    Commands(CommandGateway gateway, ActorSource actors, HttpServletRequest request,
             ProcessedCommands processedCommands, ReadYourWrites readYourWrites, JsonMapper json, Clock clock,
             @Value("${tabien.commands.recorded-at-clock-skew:PT5M}") Duration recordedAtClockSkew,
             @Value("${tabien.commands.recorded-at-max-age:P366D}") Duration recordedAtMaxAge) {
        this.gateway = gateway;
        this.actors = actors;
        this.request = request;
        this.processedCommands = processedCommands;
        this.readYourWrites = readYourWrites;
        this.json = json;
        this.clock = clock;
        this.recordedAtClockSkew = recordedAtClockSkew;
        this.recordedAtMaxAge = recordedAtMaxAge;
    }

    /**
     * @param aggregateId the aggregate the command writes to
     * @param command     the command
     * @param body        the request body as the client sent it; a retry must send the same
     * @param resultType  what the handler answers
     */
    public <R> Accepted<R> send(TypedId aggregateId, Object command, Object body, Class<R> resultType) {
        return send(new Write<>(request.getRequestURI(), aggregateId, command, body, resultType, null), submission());
    }

    /** Sends a write as the current HTTP request asks: its actor, Idempotency-Key, correlation and capture time. */
    public <R> Accepted<R> send(Write<R> write) {
        return send(write, submission());
    }

    /**
     * One of several commands a request sends: {@code part} tells it from the others under the request's
     * Idempotency-Key, so that a retry of the request finds each of them again.
     */
    public <R> Accepted<R> send(TypedId aggregateId, Object command, Object body, Class<R> resultType, String part) {
        Submission submission = submission();
        if (submission.idempotencyKey() != null && part != null) {
            submission = new Submission(submission.actor(), partKey(submission.idempotencyKey(), part),
                    submission.correlationId(), submission.recordedAt());
        }
        return send(new Write<>(request.getRequestURI(), aggregateId, command, body, resultType, null), submission);
    }

    /**
     * Sends a write on behalf of whoever submitted it. Inside a transaction of the caller's (a sync batch), a request
     * that collides with its concurrent twin is refused with the {@link DuplicateKeyException}: the failed statement
     * aborted the transaction, which must first be rolled back to before the write; the same write sent again then
     * answers the twin's result.
     */
    public <R> Accepted<R> send(Write<R> write, Submission submission) {
        Actor actor = submission.actor();
        String idempotencyKey = submission.idempotencyKey();
        String fingerprint = idempotencyKey == null ? null : fingerprint(write);
        if (idempotencyKey != null) {
            var earlier = processedCommands.earlierResult(actor.username(), idempotencyKey, fingerprint,
                    write.resultType());
            if (earlier.isPresent()) {
                return replayed(actor, write.recordId(), earlier.get());
            }
        }
        Map<String, Object> metadata = new HashMap<>(actor.metadata());
        metadata.put(CommandMetadata.COMMAND_ID, idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString());
        metadata.put(CommandMetadata.CORRELATION_ID, submission.correlationId());
        metadata.put(CommandMetadata.RECORDED_AT, submission.recordedAt().toString());
        if (fingerprint != null) {
            metadata.put(CommandMetadata.REQUEST_FINGERPRINT, fingerprint);
        }
        R result;
        try {
            result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(write.command())
                    .andMetaData(MetaData.from(metadata)));
        } catch (InvalidValues invalid) {
            throw write.body() instanceof RequestFieldNames names ? invalid.renamed(names::requestField) : invalid;
        } catch (DuplicateKeyException concurrentTwin) {
            if (idempotencyKey == null || TransactionSynchronizationManager.isActualTransactionActive()) {
                throw concurrentTwin;
            }
            // The same request arrived twice at once; the other one recorded it.
            return processedCommands.earlierResult(actor.username(), idempotencyKey, fingerprint, write.resultType())
                    .map(earlier -> replayed(actor, write.recordId(), earlier))
                    .orElseThrow(() -> concurrentTwin);
        }
        return new Accepted<>(result, position(actor, write.recordId()), false);
    }

    /** Whether the text may serve as an Idempotency-Key or a correlation id: 1 to 200 visible ASCII characters. */
    public static boolean isKey(String text) {
        return text != null && KEY_FORMAT.matcher(text).matches();
    }

    private <R> Accepted<R> replayed(Actor actor, TypedId aggregateId, R result) {
        return new Accepted<>(result, position(actor, aggregateId), true);
    }

    /** The global index of the record's last event; in a batch, left to the batch to learn for all its records at once. */
    private long position(Actor actor, TypedId aggregateId) {
        return CommandBatch.isOpen() ? Accepted.POSITION_UNKNOWN : readYourWrites.wrote(actor.username(), aggregateId);
    }

    private Submission submission() {
        return new Submission(actors.currentActor(), idempotencyKey(), correlationId(), recordedAt());
    }

    /**
     * The version of the record the client based its change on, from {@code If-Match: "<version>"} (the ETag of its
     * {@code GET}), or null when the client changes the record as it is now (no header, or {@code *}).
     */
    public Long expectedVersion() {
        String tag = request.getHeader(IF_MATCH);
        if (tag == null || tag.strip().equals("*")) {
            return null;
        }
        var version = VERSION_TAG.matcher(tag.strip());
        if (!version.matches()) {
            throw new InvalidRequestHeader(IF_MATCH, "If-Match must be the ETag of the record as read, such as \"3\".");
        }
        return Long.parseLong(version.group(1));
    }

    private String idempotencyKey() {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (!isKey(key)) {
            throw new InvalidRequestHeader(IDEMPOTENCY_KEY, "Idempotency-Key must be 1 to 200 visible ASCII characters.");
        }
        return key;
    }

    /** The key of one part of a request, as long as a key may be stored (a digest of it when longer). */
    private static String partKey(String idempotencyKey, String part) {
        String key = idempotencyKey + "#" + part;
        if (key.length() <= 200) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String correlationId() {
        String correlationId = request.getHeader(CORRELATION_ID);
        if (correlationId == null) {
            // The one the request's log lines carry, made when the request came in.
            Object made = request.getAttribute(RequestLogContext.CORRELATION_ATTRIBUTE);
            return made instanceof String id ? id : UUID.randomUUID().toString();
        }
        if (!isKey(correlationId)) {
            throw new InvalidRequestHeader(CORRELATION_ID, "X-Correlation-Id must be 1 to 200 visible ASCII characters.");
        }
        return correlationId;
    }

    /** When the fact was captured on the client: the {@value #RECORDED_AT} header, or now. */
    private Instant recordedAt() {
        String header = request.getHeader(RECORDED_AT);
        if (header == null) {
            return clock.instant();
        }
        try {
            return recordedAt(header);
        } catch (IllegalArgumentException refused) {
            throw new InvalidRequestHeader(RECORDED_AT, RECORDED_AT + " " + refused.getMessage());
        }
    }

    /**
     * A client's capture time. Offline work sends it later, but at most {@code tabien.commands.recorded-at-max-age}
     * after the fact (registrars in remote districts sync late, not years late), and never ahead of the server's
     * clock by more than {@code tabien.commands.recorded-at-clock-skew}.
     *
     * @throws IllegalArgumentException saying what is wrong with it, without quoting it
     */
    public Instant recordedAt(String text) {
        Instant now = clock.instant();
        Instant recordedAt;
        try {
            recordedAt = InstantText.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 instant such as 2026-01-31T09:15:00Z.");
        }
        if (!StorableValues.isStorable(recordedAt)) {
            throw new IllegalArgumentException("must lie between " + StorableValues.EARLIEST_DATE + " and "
                    + StorableValues.LATEST_DATE + ".");
        }
        if (recordedAt.isAfter(now.plus(recordedAtClockSkew))) {
            throw new IllegalArgumentException("lies in the future.");
        }
        if (recordedAt.isBefore(now.minus(recordedAtMaxAge))) {
            throw new IllegalArgumentException("lies more than " + recordedAtMaxAge.toDays() + " days in the past.");
        }
        return recordedAt;
    }

    /** The capture time of a fact whose client does not say: now. */
    public Instant now() {
        return clock.instant();
    }

    /** The request an Idempotency-Key was first sent with: the kind of command, the endpoint and the body. */
    private String fingerprint(Write<?> write) {
        MessageDigest digest = sha256();
        digest.update(write.command().getClass().getName().getBytes(StandardCharsets.UTF_8));
        digest.update(write.path().getBytes(StandardCharsets.UTF_8));
        digest.update(json.writeValueAsBytes(write.body()));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Algorithm() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A fresh digest, copied from one looked up once: looking one up goes through the security providers. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The runtime's SHA-256 can be copied", e);
        }
    }
}
