package io.tabien.registry.platform.reference;

import java.util.Locale;
import java.util.Set;

/** The countries of ISO 3166-1, by their alpha-2 codes (such as TH or LA), as every record names them. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isCountry(String code) {
        return code != null && CODES.contains(code);
    }

    /** @throws UnknownCountry naming the field, if the code is no country's */
    public static void mustBeACountry(String code, String field) {
        if (!isCountry(code)) {
            throw new UnknownCountry(field);
        }
    }
}
