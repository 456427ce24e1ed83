package io.tabien.contracts.civil;

/** Sex as recorded on the birth certificate and in passports (ICAO 9303: M, F, or X for unspecified). */
public enum Sex {
    M, F, X
}
