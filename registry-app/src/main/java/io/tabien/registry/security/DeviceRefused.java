package io.tabien.registry.security;

import org.springframework.security.core.AuthenticationException;

import java.util.Locale;

/**
 * A device token that does not let its holder sync: unknown, revoked, or its user's account disabled. The message
 * says which, for the user whose entries wait; it never holds the token.
 */
final class DeviceRefused extends AuthenticationException {

    /** Why, as the offline script reads it to tell the user in their language. */
    enum Reason {
        UNKNOWN, REVOKED, DISABLED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final transient Devices.Device device;

    private DeviceRefused(Reason reason, Devices.Device device, String message) {
        super(message);
        this.reason = reason;
        this.device = device;
    }

    static DeviceRefused unknown() {
        return new DeviceRefused(Reason.UNKNOWN, null, "The device token is not known to the registry: nothing was "
                + "recorded. Log in and enrol the device again.");
    }

    static DeviceRefused revoked(Devices.Device device) {
        return new DeviceRefused(Reason.REVOKED, device, "The device '" + device.name() + "' was revoked by "
                + device.revokedBy() + " on " + device.revokedAt() + ": nothing it sent was recorded. Its entries "
                + "stay on the device; log in and enrol it again to send them.");
    }

    static DeviceRefused disabled(Devices.Device device) {
        return new DeviceRefused(Reason.DISABLED, device, "The account of the device '" + device.name() + "' is "
                + "disabled: nothing it sent was recorded.");
    }

    Reason reason() {
        return reason;
    }

    /** The device refused; null when the token is not known. */
    Devices.Device device() {
        return device;
    }
}
