package io.tabien.registry.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The device table. Tokens never reach it, only their hashes, which never leave this class and {@link Devices}. */
@Repository
class DeviceRecords {

    private static final String COLUMNS =
            "device_id, username, name, created_at, last_used_at, revoked_at, revoked_by";

    private static final RowMapper<Devices.Device> DEVICE = (row, n) -> new Devices.Device(
            row.getObject("device_id", UUID.class), row.getString("username"), row.getString("name"),
            instant(row.getTimestamp("created_at")), instant(row.getTimestamp("last_used_at")),
            instant(row.getTimestamp("revoked_at")), row.getString("revoked_by"));

    private final JdbcTemplate jdbc;

    DeviceRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param installation the browser's installation and attempt; null for a caller that names none */
    void create(Devices.Device device, byte[] tokenHash, Devices.Installation installation) {
        jdbc.update("""
                        insert into app_device (device_id, username, name, token_hash, created_at, installation,
                                                enrolment_attempt)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                device.id(), device.username(), device.name(), tokenHash, Timestamp.from(device.createdAt()),
                installation == null ? null : installation.key(), installation == null ? null : installation.attempt());
    }

    /**
     * Holds, until the transaction ends, every other enrolment of the same user's installation: the check of earlier
     * attempts and the new device are then one step.
     */
    void lockInstallation(String username, String installation) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> {
        }, username + "\n" + installation);
    }

    /** The devices of a user's installation not revoked, with the attempt that enrolled each. */
    List<EnrolledFrom> enrolledFrom(String username, String installation) {
        return jdbc.query("""
                        select device_id, enrolment_attempt, last_used_at is not null as used from app_device
                        where username = ? and installation = ? and revoked_at is null""",
                (row, n) -> new EnrolledFrom(row.getObject("device_id", UUID.class), row.getInt("enrolment_attempt"),
                        row.getBoolean("used")), username, installation);
    }

    record EnrolledFrom(UUID device, int attempt, boolean used) {
    }

    /** Forgets a device whose token was never presented: no browser holds it, and nothing was sent with it. */
    void forgetUnused(UUID id) {
        jdbc.update("delete from app_device where device_id = ? and last_used_at is null", id);
    }

    Optional<Devices.Device> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from app_device where device_id = ?", DEVICE, id).stream()
                .findFirst();
    }

    Optional<Devices.Device> findByTokenHash(byte[] tokenHash) {
        return jdbc.query("select " + COLUMNS + " from app_device where token_hash = ?", DEVICE, tokenHash).stream()
                .findFirst();
    }

    /** @param username whose devices; null for everyone's */
    List<Devices.Device> list(String username) {
        return username == null
                ? jdbc.query("select " + COLUMNS + " from app_device order by username, created_at desc", DEVICE)
                : jdbc.query("select " + COLUMNS + " from app_device where username = ? order by created_at desc",
                DEVICE, username);
    }

    void used(UUID id, Instant at) {
        jdbc.update("update app_device set last_used_at = ? where device_id = ?", Timestamp.from(at), id);
    }

    /** A device revoked once stays revoked by whoever revoked it first. */
    void revoke(UUID id, Instant at, String by) {
        jdbc.update("update app_device set revoked_at = ?, revoked_by = ? where device_id = ? and revoked_at is null",
                Timestamp.from(at), by, id);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
