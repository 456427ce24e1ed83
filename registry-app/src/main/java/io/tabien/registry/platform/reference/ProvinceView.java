package io.tabien.registry.platform.reference;

/** A province-level division: ISO 3166-2:LA code and the two-digit national number its districts start with. */
public record ProvinceView(String code, String number, String nameEn, String nameLo) {
}
