package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.reference.Jurisdiction;

import java.util.EnumSet;
import java.util.Set;

import static io.tabien.registry.platform.commands.Role.LABOUR_ATTACHE;
import static io.tabien.registry.platform.commands.Role.REGISTRAR;

/**
 * How far an actor reaches in one kind of work: everywhere, one part of Laos (a registrar's province or district),
 * one country abroad (a labour attaché's destination country), or nowhere. This is the one jurisdiction check:
 * the aggregates' policies ask it before they record, {@link ReadAccess} before it answers.
 * <p>
 * An actor reaches as far as the furthest of their roles that may do the work at all. A role bound to its office
 * reaches that office's area or country; any other role reaches everywhere. The registry's own process steps
 * follow the fact that caused them and are bound nowhere.
 *
 * @param area    the part of Laos reached, or null
 * @param country the country reached, or null
 */
public record Reach(boolean everywhere, Jurisdiction area, String country) {

    /** Registrars and labour attachés record only within their office; everyone else nationally. */
    private static final Set<Role> RECORD_WITHIN_OFFICE = EnumSet.of(REGISTRAR, LABOUR_ATTACHE);

    static final Reach EVERYWHERE = new Reach(true, null, null);
    static final Reach NOWHERE = new Reach(false, null, null);

    /** How far the actor may record a fact when {@code allowed} are the roles that record it. */
    public static Reach toRecord(Actor actor, Set<Role> allowed) {
        return of(actor, allowed, RECORD_WITHIN_OFFICE);
    }

    /**
     * @param allowed the roles that may do this work
     * @param bound   those of them that do it within their office only
     */
    static Reach of(Actor actor, Set<Role> allowed, Set<Role> bound) {
        if (actor.isProcessStep() || actor.roles().stream().anyMatch(role -> allowed.contains(role)
                && !bound.contains(role))) {
            return EVERYWHERE;
        }
        String office = actor.office();
        if (office == null) {
            return NOWHERE;
        }
        if (actor.has(REGISTRAR) && allowed.contains(REGISTRAR)) {
            return new Reach(false, new Jurisdiction(office), null);
        }
        if (actor.has(LABOUR_ATTACHE) && allowed.contains(LABOUR_ATTACHE)) {
            return new Reach(false, null, office);
        }
        return NOWHERE;
    }

    /** Whether a place in Laos, given by province and (possibly null) district, lies within reach. */
    public boolean coversPlace(String province, String district) {
        return everywhere || area != null && area.covers(province, district);
    }

    /** Whether something in this country (null: not known) lies within reach. */
    public boolean coversCountry(String country) {
        return everywhere || this.country != null && this.country.equals(country);
    }

    boolean nowhere() {
        return !everywhere && area == null && country == null;
    }

    /** The office code reached, for a query that filters by it: null when everything is reached. */
    String areaOffice() {
        return area == null ? null : area.office();
    }
}
