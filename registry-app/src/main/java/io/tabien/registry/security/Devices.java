package io.tabien.registry.security;

import io.tabien.contracts.Text;
import io.tabien.registry.platform.errors.InvalidValues;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.platform.metrics.OutboxRefusals;
import io.tabien.registry.platform.validation.StorableValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The browsers that send a user's offline entries with a device token instead of a session: a registrar in a
 * district without a connection may come back to it long after the web session ended. The token is made here, given
 * to the browser once, and kept only as its SHA-256 hash; it is worth as much as its user's account, and no more:
 * a revoked device, or a disabled user's, is refused.
 */
@Service
public class Devices {

    /**
     * Every device token starts so, which tells it apart from an identity provider's bearer token (a JWT) without
     * reading it further.
     */
    public static final String TOKEN_PREFIX = "tabien-device.";

    /** 256 random bits, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile(Pattern.quote(TOKEN_PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final int TOKEN_BYTES = 32;
    private static final Pattern INSTALLATION = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** A device as its user and the administrator see it: never with its token. */
    public record Device(UUID id, String username, String name, Instant createdAt, Instant lastUsedAt,
                         Instant revokedAt, String revokedBy) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A device just enrolled, with the token its browser keeps: the one time the token is told. */
    public record NewDevice(UUID id, String name, Instant createdAt, String token) {

        @Override
        public String toString() {
            return "NewDevice[id=" + id + ", name=" + name + "]";
        }
    }

    private record DeviceName(@Text(maxLength = 100) String name) {
    }

    /**
     * The browser's installation, a random key it keeps before it first asks, and the number of its attempt: a
     * browser asks only while it holds no token, so an attempt replaces the devices its installation enrolled before.
     */
    public record Installation(String key, int attempt) {
    }

    private final DeviceRecords records;
    private final UserAccounts users;
    private final StorableValues storable;
    private final Clock clock;
    private final OutboxRefusals outboxRefusals;
    private final SecureRandom random = new SecureRandom();

    Devices(DeviceRecords records, UserAccounts users, StorableValues storable, Clock clock,
            OutboxRefusals outboxRefusals) {
        this.records = records;
        this.users = users;
        this.storable = storable;
        this.clock = clock;
        this.outboxRefusals = outboxRefusals;
    }

    /**
     * Enrols a device of the current user.
     *
     * @param installation the browser's installation and attempt, or null: then the device replaces none
     * @throws InvalidValues       naming {@code name} if it is blank or could not be stored, or {@code installation}
     *                             or {@code attempt} if they are not a key and a positive number
     * @throws EnrolmentOvertaken if the same installation was enrolled by a later attempt
     */
    @Transactional
    public NewDevice enrol(String name, Installation installation) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValues(List.of(new InvalidValues.Problem("name", "must not be blank")));
        }
        String checked = storable.check(new DeviceName(trimmed)).name();
        if (installation != null) {
            if (installation.key() == null || !INSTALLATION.matcher(installation.key()).matches()) {
                throw new InvalidValues(List.of(new InvalidValues.Problem("installation",
                        "must be 16 to 64 letters, digits, '-' or '_'")));
            }
            if (installation.attempt() < 1) {
                throw new InvalidValues(List.of(new InvalidValues.Problem("attempt", "must be 1 or more")));
            }
        }
        String username = CurrentActor.currentAccount().username();
        Instant now = clock.instant();
        if (installation != null) {
            replaceEarlierEnrolments(username, installation, now);
        }
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Device device = new Device(UUID.randomUUID(), username, checked, now, null, null, null);
        records.create(device, hash(token), installation);
        return new NewDevice(device.id(), device.name(), device.createdAt(), token);
    }

    /**
     * The installation asks again, so the tokens of its earlier devices are lost to it: one never presented is
     * forgotten (a page was left before its answer came), one that was used is revoked by the user, and kept listed.
     */
    private void replaceEarlierEnrolments(String username, Installation installation, Instant now) {
        records.lockInstallation(username, installation.key());
        List<DeviceRecords.EnrolledFrom> earlier = records.enrolledFrom(username, installation.key());
        if (earlier.stream().anyMatch(device -> device.attempt() >= installation.attempt())) {
            throw new EnrolmentOvertaken();
        }
        for (DeviceRecords.EnrolledFrom device : earlier) {
            if (device.used()) {
                records.revoke(device.device(), now, username);
            } else {
                records.forgetUnused(device.device());
            }
        }
    }

    /** The current user's devices, newest first. */
    public List<Device> own() {
        return records.list(CurrentActor.currentAccount().username());
    }

    /** @param username whose devices; null for every user's */
    public List<Device> list(String username) {
        return records.list(username);
    }

    /**
     * Revokes any user's device: the administrator's act. A device already revoked stays as it was.
     *
     * @throws NotFound if there is no such device
     */
    public Device revoke(UUID id) {
        records.find(id).orElseThrow(() -> new NotFound("device", id));
        return revoked(id);
    }

    /**
     * Revokes one of the current user's own devices (a lost telephone, a browser given away).
     *
     * @throws NotFound if the user has no such device: another user's device is not told apart from none
     */
    public Device revokeOwn(UUID id) {
        String username = CurrentActor.currentAccount().username();
        records.find(id).filter(device -> device.username().equals(username))
                .orElseThrow(() -> new NotFound("device", id));
        return revoked(id);
    }

    /**
     * The user a device token stands for, while the device is not revoked and the user's account is enabled; their
     * roles and office as they are now, not as they were at enrolment.
     *
     * @throws DeviceRefused saying why not
     */
    UserAccount authenticate(String token) {
        try {
            return accountOf(token);
        } catch (DeviceRefused refused) {
            outboxRefusals.count("device-" + refused.reason().code());
            throw refused;
        }
    }

    private UserAccount accountOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw DeviceRefused.unknown();
        }
        Device device = records.findByTokenHash(hash(token)).orElseThrow(DeviceRefused::unknown);
        if (device.revoked()) {
            throw DeviceRefused.revoked(device);
        }
        UserAccounts.StoredUser user = users.find(device.username())
                .filter(UserAccounts.StoredUser::enabled)
                .orElseThrow(() -> DeviceRefused.disabled(device));
        records.used(device.id(), clock.instant());
        return user.account();
    }

    private Device revoked(UUID id) {
        records.revoke(id, clock.instant(), CurrentActor.currentAccount().username());
        return records.find(id).orElseThrow(() -> new NotFound("device", id));
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
