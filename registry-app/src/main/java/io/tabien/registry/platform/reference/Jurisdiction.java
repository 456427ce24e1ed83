package io.tabien.registry.platform.reference;

import java.util.Objects;

/**
 * The part of Laos an office answers for: a whole province (office {@code LA-XE}) or one district (office
 * {@code 1501}).
 */
public record Jurisdiction(String office) {

    public Jurisdiction {
        Objects.requireNonNull(office, "a jurisdiction is an office code");
    }

    /** Whether a place given by province and (possibly null) district lies inside. */
    public boolean covers(String province, String district) {
        return isProvince() ? office.equals(province) : office.equals(district);
    }

    public boolean isProvince() {
        return office.startsWith("LA-");
    }
}
