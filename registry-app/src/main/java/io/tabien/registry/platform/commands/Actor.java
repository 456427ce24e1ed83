package io.tabien.registry.platform.commands;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sends a command: a user, with the roles they act in and the office (jurisdiction code) they work for, or the
 * registry itself taking a process step, which holds no user role at all.
 * <p>
 * Events keep their actor in the form the first events were stored with, and this record alone reads and writes
 * it: {@code actor} (the user name), {@code role} (the role names joined by commas, or {@code SYSTEM} for a
 * process step) and {@code office}.
 *
 * @param office a province (LA-XE), a district (1501) or, for a labour attaché, a destination country (TH); null for
 *               national roles
 */
public record Actor(String username, Set<Role> roles, String office) {

    /** The name the registry's own process steps act under. */
    public static final String REGISTRY = "tabien";
    private static final String PROCESS_STEP_ROLE = "SYSTEM";

    public Actor {
        Objects.requireNonNull(username, "an actor has a name");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** A user acts in at least one role; a command without one would read as the registry's own. */
    public static Actor user(String username, Set<Role> roles, String office) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user acts in at least one role");
        }
        return new Actor(username, roles, office);
    }

    /** The registry reacting to an event, within the office of the event that caused it. */
    public static Actor processStep(String office) {
        return new Actor(REGISTRY, Set.of(), office);
    }

    public boolean isProcessStep() {
        return roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    /** The actor's part of a command's or event's metadata. */
    public Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(CommandMetadata.ACTOR, username);
        metadata.put(CommandMetadata.ROLE, isProcessStep() ? PROCESS_STEP_ROLE
                : roles.stream().map(Role::name).collect(Collectors.joining(",")));
        if (office != null) {
            metadata.put(CommandMetadata.OFFICE, office);
        }
        return metadata;
    }

    /**
     * The actor a command's or event's metadata names, as every version of the registry wrote it. Metadata without
     * a role was not sent on a user's behalf (a process step, or a command built inside the registry) and holds no
     * user role.
     *
     * @throws IllegalArgumentException if the role names something that is not a role: it is refused, never guessed
     */
    public static Actor of(Map<String, ?> metadata) {
        Object username = metadata.get(CommandMetadata.ACTOR);
        Object roles = metadata.get(CommandMetadata.ROLE);
        Object office = metadata.get(CommandMetadata.OFFICE);
        return new Actor(username == null ? REGISTRY : username.toString(),
                roles == null ? Set.of() : roles(roles.toString()), office == null ? null : office.toString());
    }

    private static Set<Role> roles(String text) {
        if (text.equals(PROCESS_STEP_ROLE)) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : text.split(",")) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }
}
