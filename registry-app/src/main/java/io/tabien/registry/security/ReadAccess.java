package io.tabien.registry.security;

import io.tabien.contracts.flags.FlagReaders;
import io.tabien.contracts.grievance.GrievanceReaders;
import io.tabien.contracts.labour.ContractReaders;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.commands.Role;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

import static io.tabien.registry.platform.commands.Role.AUDITOR;
import static io.tabien.registry.platform.commands.Role.LABOUR_ATTACHE;
import static io.tabien.registry.platform.commands.Role.LABOUR_OFFICER;
import static io.tabien.registry.platform.commands.Role.PASSPORT_OFFICER;
import static io.tabien.registry.platform.commands.Role.REGISTRAR;

/**
 * Which records the current user may read: every read decision of the registry, asked by the controllers, which
 * pass the answer to the projection as part of the query. {@code SecurityConfiguration} decides first which roles
 * may call an endpoint at all; this decides how far each of them sees.
 * <pre>
 * records                                 everywhere                            within their office
 * persons, family books (and search)      passport and labour officers,         registrars (born or living there)
 *                                         attachés, auditors
 * contracts                               labour officers, auditors             registrars (workers born there),
 *                                                                               attachés (contracts to their country)
 * flags                                   passport and labour officers,         registrars (persons there), attachés
 *                                         auditors                              (contracts to, grievances of and
 *                                                                               custody in their country)
 * grievances: what, where, status         labour officers, attachés, auditors   —
 * grievances: the case file               auditors                              attachés (their country)
 * unanswered referrals                    labour officers, auditors             attachés (their country)
 * small counts in reports                 auditors                              —
 * </pre>
 * A user with a role that reads everywhere reads everywhere, whatever else they are.
 */
@Component
public class ReadAccess {

    private static final Set<Role> CIVIL_READERS =
            EnumSet.of(REGISTRAR, PASSPORT_OFFICER, LABOUR_OFFICER, LABOUR_ATTACHE, AUDITOR);
    private static final Set<Role> CONTRACT_READERS = EnumSet.of(REGISTRAR, LABOUR_OFFICER, LABOUR_ATTACHE, AUDITOR);
    private static final Set<Role> FLAG_READERS = CIVIL_READERS;
    private static final Set<Role> GRIEVANCE_READERS = EnumSet.of(LABOUR_OFFICER, LABOUR_ATTACHE, AUDITOR);
    private static final Set<Role> CASE_FILE_READERS = EnumSet.of(LABOUR_ATTACHE, AUDITOR);
    private static final Set<Role> REFERRAL_TRACKERS = GRIEVANCE_READERS;
    private static final Set<Role> SMALL_COUNT_READERS = EnumSet.of(AUDITOR);

    private static final Set<Role> REGISTRARS = EnumSet.of(REGISTRAR);
    private static final Set<Role> ATTACHES = EnumSet.of(LABOUR_ATTACHE);
    private static final Set<Role> REGISTRARS_AND_ATTACHES = EnumSet.of(REGISTRAR, LABOUR_ATTACHE);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    private final ActorSource actors;

    ReadAccess(ActorSource actors) {
        this.actors = actors;
    }

    /** The office whose persons and family books the user reads, or null for all of them. */
    public String civilJurisdiction() {
        return readable(CIVIL_READERS, REGISTRARS, "persons and family books").areaOffice();
    }

    public ContractReaders contractReaders() {
        Reach reach = readable(CONTRACT_READERS, REGISTRARS_AND_ATTACHES, "contracts");
        return reach.everywhere() ? ContractReaders.NATIONAL : new ContractReaders(reach.areaOffice(), reach.country());
    }

    public FlagReaders flagReaders() {
        Reach reach = readable(FLAG_READERS, REGISTRARS_AND_ATTACHES, "flags");
        return reach.everywhere() ? FlagReaders.NATIONAL : new FlagReaders(reach.areaOffice(), reach.country());
    }

    /** Grievance readers all see what a case is about; its case file only those it reaches. */
    public GrievanceReaders grievanceReaders() {
        readable(GRIEVANCE_READERS, NOBODY, "grievances");
        Reach caseFiles = Reach.of(actor(), CASE_FILE_READERS, ATTACHES);
        return new GrievanceReaders(caseFiles.everywhere(), caseFiles.country());
    }

    /** The country whose unanswered referrals the user tracks, or null for every country. */
    public String referralCountry() {
        return readable(REFERRAL_TRACKERS, ATTACHES, "referrals").country();
    }

    /** Counts below the disclosure threshold are shown to these readers only. */
    public boolean seesSmallCounts() {
        return Reach.of(actor(), SMALL_COUNT_READERS, NOBODY).everywhere();
    }

    private Reach readable(Set<Role> readers, Set<Role> withinOffice, String records) {
        Reach reach = Reach.of(actor(), readers, withinOffice);
        if (reach.nowhere()) {
            throw new NotAReader(records);
        }
        return reach;
    }

    private Actor actor() {
        return actors.currentActor();
    }
}
