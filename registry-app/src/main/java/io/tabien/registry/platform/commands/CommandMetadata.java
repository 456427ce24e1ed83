package io.tabien.registry.platform.commands;

import java.util.List;

/** Metadata keys every command carries and every event it causes inherits. */
public final class CommandMetadata {

    /** Who acted: these three are read and written by {@link Actor} only. */
    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String OFFICE = "office";
    public static final String COMMAND_ID = "commandId";
    public static final String RECORDED_AT = "recordedAt";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    /** Present only when the client sent an Idempotency-Key: the fingerprint of the request it was sent with. */
    public static final String REQUEST_FINGERPRINT = "requestFingerprint";

    /** Copied from a command onto its events; correlation and causation are set by Axon's origin provider. */
    public static final List<String> PROPAGATED_KEYS = List.of(ACTOR, ROLE, OFFICE, COMMAND_ID, RECORDED_AT);

    private CommandMetadata() {
    }
}
