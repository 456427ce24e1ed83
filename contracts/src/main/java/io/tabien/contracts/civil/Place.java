package io.tabien.contracts.civil;

/**
 * A place in Laos: an ISO 3166-2:LA province code, optionally a four-digit district code (PPDD) and a village
 * as written by the registrar.
 */
public record Place(String province, String district, String village) {
}
