package io.tabien.registry.web;

import io.tabien.contracts.TypedId;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.ActorSource;
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

    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7e]{1,200}");

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
        return send(aggregateId, command, body, resultType, null);
    }

    /**
     * One of several commands a request sends: {@code part} tells it from the others under the request's
     * Idempotency-Key, so that a retry of the request finds each of them again.
     */
    public <R> Accepted<R> send(TypedId aggregateId, Object command, Object body, Class<R> resultType, String part) {
        Actor actor = actors.currentActor();
        String idempotencyKey = idempotencyKey();
        if (idempotencyKey != null && part != null) {
            idempotencyKey = partKey(idempotencyKey, part);
        }
        String fingerprint = idempotencyKey == null ? null : fingerprint(command, body);
        if (idempotencyKey != null) {
            var earlier = processedCommands.earlierResult(actor.username(), idempotencyKey, fingerprint, resultType);
            if (earlier.isPresent()) {
                return replayed(actor, aggregateId, earlier.get());
            }
        }
        Map<String, Object> metadata = new HashMap<>(actor.metadata());
        metadata.put(CommandMetadata.COMMAND_ID, idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString());
        metadata.put(CommandMetadata.CORRELATION_ID, correlationId());
        metadata.put(CommandMetadata.RECORDED_AT, recordedAt().toString());
        if (fingerprint != null) {
            metadata.put(CommandMetadata.REQUEST_FINGERPRINT, fingerprint);
        }
        R result;
        try {
            result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
        } catch (InvalidValues invalid) {
            throw body instanceof RequestFieldNames names ? invalid.renamed(names::requestField) : invalid;
        } catch (DuplicateKeyException concurrentTwin) {
            if (idempotencyKey == null) {
                throw concurrentTwin;
            }
            // The same request arrived twice at once; the other one recorded it.
            return processedCommands.earlierResult(actor.username(), idempotencyKey, fingerprint, resultType)
                    .map(earlier -> replayed(actor, aggregateId, earlier))
                    .orElseThrow(() -> concurrentTwin);
        }
        long position = readYourWrites.wrote(actor.username(), aggregateId);
        return new Accepted<>(result, position, false);
    }

    private <R> Accepted<R> replayed(Actor actor, TypedId aggregateId, R result) {
        return new Accepted<>(result, readYourWrites.wrote(actor.username(), aggregateId), true);
    }

    private String idempotencyKey() {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (!KEY_FORMAT.matcher(key).matches()) {
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
            return UUID.randomUUID().toString();
        }
        if (!KEY_FORMAT.matcher(correlationId).matches()) {
            throw new InvalidRequestHeader(CORRELATION_ID, "X-Correlation-Id must be 1 to 200 visible ASCII characters.");
        }
        return correlationId;
    }

    /**
     * When the fact was captured on the client. Offline work sends it later, but at most
     * {@code tabien.commands.recorded-at-max-age} after the fact (registrars in remote districts sync late, not years
     * late), and never ahead of the server's clock by more than {@code tabien.commands.recorded-at-clock-skew}.
     */
    private Instant recordedAt() {
        Instant now = clock.instant();
        String header = request.getHeader(RECORDED_AT);
        if (header == null) {
            return now;
        }
        Instant recordedAt;
        try {
            recordedAt = Instant.parse(header);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestHeader(RECORDED_AT, "Recorded-At must be an ISO-8601 instant such as 2026-01-31T09:15:00Z.");
        }
        if (!StorableValues.isStorable(recordedAt)) {
            throw new InvalidRequestHeader(RECORDED_AT, "Recorded-At must lie between " + StorableValues.EARLIEST_DATE
                    + " and " + StorableValues.LATEST_DATE + ".");
        }
        if (recordedAt.isAfter(now.plus(recordedAtClockSkew))) {
            throw new InvalidRequestHeader(RECORDED_AT, "Recorded-At lies in the future.");
        }
        if (recordedAt.isBefore(now.minus(recordedAtMaxAge))) {
            throw new InvalidRequestHeader(RECORDED_AT, "Recorded-At lies more than " + recordedAtMaxAge.toDays()
                    + " days in the past.");
        }
        return recordedAt;
    }

    private String fingerprint(Object command, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(command.getClass().getName().getBytes(StandardCharsets.UTF_8));
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
