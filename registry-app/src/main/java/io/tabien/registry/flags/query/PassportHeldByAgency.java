package io.tabien.registry.flags.query;

import io.tabien.contracts.documents.Custodian;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * DOC-HELD-BY-AGENCY: a passport with a recruitment agency for more than {@code tabien.flags.agency-custody-days}
 * days, with or without the holder's consent. Cleared when the passport leaves the agency.
 */
@Component
class PassportHeldByAgency implements CustodyRule {

    static final String CODE = "DOC-HELD-BY-AGENCY";

    private final int days;

    PassportHeldByAgency(@Value("${tabien.flags.agency-custody-days:30}") int days) {
        this.days = days;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<RaisedFlag> evaluate(CustodyEpisode episode, LocalDate asOf, ZoneId zone) {
        if (episode.custodian() != Custodian.RECRUITMENT_AGENCY) {
            return Optional.empty();
        }
        return HeldTooLong.flag(CODE, episode, HeldTooLong.after(episode, days, zone), asOf, zone,
                "Passport " + episode.passportNumber() + " has been with recruitment agency "
                        + episode.custodianName() + " since " + episode.since() + ", more than " + days + " days.");
    }
}
