package io.tabien.registry.flags.query;

import io.tabien.registry.platform.text.NameFolding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CIV-POSSIBLE-DUPLICATE: a birth that resembles one registered earlier — the same mother (by person id or by name),
 * dates of birth a few days apart, and a similar child's name. Names are compared folded ({@link NameFolding}), so a
 * name typed with other characters for the same letters is the same name; and by romanization key, so a name in Lao
 * script and in Latin letters, or in two spellings of one sound (ໄຊ and ຊາຍ, Xay and Sai), is the same name. Twins
 * share mother and date but not names, so they are not flagged.
 */
@Component
class PossibleDuplicateBirth implements BirthRule {

    static final String CODE = "CIV-POSSIBLE-DUPLICATE";

    private static final int RECENT_NAMES = 10_000;

    private final int maxDaysApart;
    private final double minNameSimilarity;
    private final Map<Spelling, NameSimilarity.ChildNames> recentNames =
            new LinkedHashMap<>(RECENT_NAMES, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Spelling, NameSimilarity.ChildNames> eldest) {
                    return size() > RECENT_NAMES;
                }
            };

    PossibleDuplicateBirth(@Value("${tabien.flags.duplicate-birth-max-days-apart:5}") int maxDaysApart,
                           @Value("${tabien.flags.duplicate-birth-min-name-similarity:0.8}") double minNameSimilarity) {
        this.maxDaysApart = maxDaysApart;
        this.minNameSimilarity = minNameSimilarity;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<RaisedFlag> evaluate(BirthRecord birth, EarlierBirths earlier) {
        if (birth.motherPersonId() == null && NameFolding.fold(birth.motherName()).isEmpty()) {
            return List.of();
        }
        List<BirthRecord> ofMother = earlier.ofMother(birth.motherPersonId(), birth.motherName(),
                        birth.dateOfBirth().minusDays(maxDaysApart), birth.dateOfBirth().plusDays(maxDaysApart),
                        birth.globalIndex())
                .stream()
                .filter(other -> !other.personId().equals(birth.personId()))
                .toList();
        if (ofMother.isEmpty()) {
            // Most births: no sibling born within days, and the child's names need not be folded and romanized.
            return List.of();
        }
        NameSimilarity.ChildNames names = childNames(birth);
        return ofMother.stream()
                .filter(other -> similar(names, childNames(other)))
                .map(other -> flag(birth, other))
                .toList();
    }

    /**
     * A birth's names folded and romanized, remembered for the births compared next: a common mother's name brings
     * the same earlier births up for every birth of the name within days.
     */
    private NameSimilarity.ChildNames childNames(BirthRecord birth) {
        Spelling spelling = new Spelling(birth.childName(), birth.childNameLatin());
        synchronized (recentNames) {
            NameSimilarity.ChildNames names = recentNames.get(spelling);
            if (names == null) {
                names = NameSimilarity.ChildNames.of(spelling.name(), spelling.nameLatin());
                recentNames.put(spelling, names);
            }
            return names;
        }
    }

    private record Spelling(String name, String nameLatin) {
    }

    /** The flag raised on the later of two births for resembling the earlier, open or not. */
    static UUID flagId(UUID later, UUID earlier) {
        return RaisedFlag.idOf(CODE, later, earlier.toString());
    }

    private boolean similar(NameSimilarity.ChildNames names, NameSimilarity.ChildNames other) {
        return names.sameRomanization(other)
                || NameSimilarity.ofFolded(names.folded(), other.folded()) >= minNameSimilarity
                || NameSimilarity.ofFolded(names.foldedLatin(), other.foldedLatin()) >= minNameSimilarity;
    }

    private RaisedFlag flag(BirthRecord birth, BirthRecord other) {
        long daysApart = Math.abs(ChronoUnit.DAYS.between(other.dateOfBirth(), birth.dateOfBirth()));
        String reason = "The birth of person " + birth.personId() + " resembles the birth of person "
                + other.personId() + " registered earlier: the same mother, born " + daysApart
                + (daysApart == 1 ? " day" : " days") + " apart, with a similar name.";
        return new RaisedFlag(CODE, FlagCategory.CIVIL_RECORD, birth.personId(), birth.personId(),
                other.personId().toString(), birth.birthProvince(), birth.birthDistrict(), birth.registeredAt(), reason,
                List.of(other.globalIndex(), birth.globalIndex()));
    }
}
