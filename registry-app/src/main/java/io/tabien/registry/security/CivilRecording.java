package io.tabien.registry.security;

import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.commands.Role;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the current user may record civil events (births, deaths, family books): the same {@link Reach} the civil
 * registry's rules check when the command arrives, asked beforehand so that a form offers only those places.
 */
@Component
public class CivilRecording {

    private static final Set<Role> CIVIL_RECORDERS = EnumSet.of(Role.REGISTRAR);

    private final ActorSource actors;

    CivilRecording(ActorSource actors) {
        this.actors = actors;
    }

    /** Whether a place in Laos, given by province and (possibly null) district, lies where the user records. */
    public boolean mayRecordAt(String province, String district) {
        return Reach.toRecord(actors.currentActor(), CIVIL_RECORDERS).coversPlace(province, district);
    }
}
