package io.tabien.registry.platform.errors;

import java.net.URI;
import java.util.Locale;

/**
 * Every kind of problem the registry answers with, as the {@code type} of its problem+json. Each type's URI points
 * at its entry in the catalogue served at {@code GET /api/problems}; the named rules behind {@link #RULE_VIOLATED},
 * {@link #CONFLICT} and {@link #FORBIDDEN} are listed there too, from {@link Refusals}.
 */
public enum ProblemType {

    INVALID_REQUEST(400, "Invalid request", "A parameter or body field is missing or cannot be stored as sent: "
            + "'errors' lists each field, named as sent, with what it must be."),
    MALFORMED_REQUEST(400, "Malformed request", "The body is not JSON of the operation's shape, or the query string "
            + "cannot be read."),
    INVALID_HEADER(400, "Invalid request header", "A header the registry reads (Tabien-Position, Recorded-At, "
            + "Idempotency-Key) is malformed or out of range; 'errors' names it."),
    UNAUTHENTICATED(401, "Authentication required", "No valid user name and password were sent with HTTP Basic "
            + "authentication, nor, with single sign-on configured, a bearer token valid here: 'detail' says why one "
            + "was refused."),
    DEVICE_REFUSED(401, "Device refused", "The device token of an offline sync is unknown, its device was revoked, or "
            + "its user's account is disabled: 'reason' says which ('unknown', 'revoked', 'disabled'), 'device' names "
            + "the device, 'revokedBy' and 'revokedAt' say who revoked it and when. Nothing was recorded."),
    FORBIDDEN(403, "Not allowed", "The caller's roles or office do not allow this operation on this record; 'rule' "
            + "names the jurisdiction rule when one decided it."),
    NOT_FOUND(404, "Not found", "No record with this id, or none the caller may read."),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "The path exists, but not with this HTTP method."),
    NOT_ACCEPTABLE(406, "Not acceptable", "The operation cannot answer in a media type the Accept header allows."),
    CONFLICT(409, "Conflict", "The request collides with what is recorded: a duplicate number, or a step the record's "
            + "state forbids; 'rule' names which."),
    DUPLICATE(409, "Already recorded", "A record with this id already exists."),
    CONCURRENT_CHANGE(409, "Concurrent change", "The record was changed by another request at the same time; read "
            + "it again and retry."),
    BODY_TOO_LARGE(413, "Request body too large", "The body is longer than the registry accepts (1 MB by default); "
            + "nothing was read or recorded."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "The body is not in a media type the operation reads "
            + "(application/json)."),
    RULE_VIOLATED(422, "Domain rule violated", "A well-formed request that breaks a rule of the registry: 'rule' "
            + "names it and 'field' the field at fault."),
    TOO_MANY_FAILED_LOGINS(429, "Too many failed logins", "Logins with this user name or from this address failed "
            + "too often; Retry-After says when to try again."),
    REFUSED(400, "Request refused", "A request the registry refused for a reason of HTTP itself; the status says "
            + "which."),
    INTERNAL_ERROR(500, "Internal error", "The registry could not complete the request; nothing was recorded."),
    DATABASE_UNAVAILABLE(503, "Database unavailable", "The registry cannot reach its database; send the request "
            + "again after Retry-After seconds with the same Idempotency-Key."),
    IDENTITY_PROVIDER_UNAVAILABLE(503, "Identity provider unavailable", "The identity provider's keys could not be "
            + "read to check a bearer token; send the request again after Retry-After seconds, or use HTTP Basic.");

    /** Where the catalogue is served; a type's URI is this with the type's name as fragment. */
    public static final String CATALOGUE = "/api/problems";

    private final int status;
    private final String title;
    private final String description;

    ProblemType(int status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    /** The name in the type's URI, e.g. {@code rule-violated}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type's URI, a reference to its entry in the catalogue, e.g. {@code /api/problems#rule-violated}. */
    public URI uri() {
        return URI.create(CATALOGUE + "#" + slug());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The type answered for an HTTP status that no more specific cause explains (a status the container set). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_FAILED_LOGINS;
            default -> status >= 500 ? INTERNAL_ERROR : REFUSED;
        };
    }
}
