package io.tabien.registry.flags.query;

import io.tabien.contracts.documents.Custodian;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * DOC-HELD-BY-EMPLOYER: a passport with an employer without the holder's consent, or with consent for more than
 * {@code tabien.flags.employer-custody-days} days. Cleared when the passport leaves the employer.
 */
@Component
class PassportHeldByEmployer implements CustodyRule {

    static final String CODE = "DOC-HELD-BY-EMPLOYER";

    private final int daysWithConsent;

    PassportHeldByEmployer(@Value("${tabien.flags.employer-custody-days:7}") int daysWithConsent) {
        this.daysWithConsent = daysWithConsent;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<RaisedFlag> evaluate(CustodyEpisode episode, LocalDate asOf, ZoneId zone) {
        if (episode.custodian() != Custodian.EMPLOYER) {
            return Optional.empty();
        }
        if (!episode.holderConsent()) {
            return HeldTooLong.flag(CODE, episode, episode.startedAt(), asOf, zone,
                    "Passport " + episode.passportNumber() + " has been with employer " + episode.custodianName()
                            + " since " + episode.since() + " without the holder's consent.");
        }
        return HeldTooLong.flag(CODE, episode, HeldTooLong.after(episode, daysWithConsent, zone), asOf, zone,
                "Passport " + episode.passportNumber() + " has been with employer " + episode.custodianName()
                        + " since " + episode.since() + ", more than " + daysWithConsent
                        + " days, though the holder consented.");
    }
}
