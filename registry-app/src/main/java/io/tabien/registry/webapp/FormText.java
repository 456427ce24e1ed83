package io.tabien.registry.webapp;

import java.util.Locale;

/** A form's text as the registry's commands take it: a field left blank is absent, and spaces around are dropped. */
public final class FormText {

    private FormText() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** For codes typed in either case (countries, passport numbers). */
    public static String upperCase(String text) {
        String kept = blankToNull(text);
        return kept == null ? null : kept.toUpperCase(Locale.ROOT);
    }

    /** For language codes typed in either case. */
    public static String lowerCase(String text) {
        String kept = blankToNull(text);
        return kept == null ? null : kept.toLowerCase(Locale.ROOT);
    }
}
