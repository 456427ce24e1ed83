package io.tabien.registry.flags.query;

/** The four kinds of flag, by the code the API filters on. */
public enum FlagCategory {
    IRREGULAR_MIGRATION("irregular-migration"),
    WITHHELD_DOCUMENT("withheld-document"),
    UNLAWFUL_FEE("unlawful-fee"),
    CIVIL_RECORD("civil-record");

    private final String code;

    FlagCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
