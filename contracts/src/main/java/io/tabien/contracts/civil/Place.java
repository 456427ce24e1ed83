package io.tabien.contracts.civil;

import io.tabien.contracts.Text;

/**
 * A place in Laos: an ISO 3166-2:LA province code, optionally a four-digit district code (PPDD) and a village
 * as written by the registrar.
 */
public record Place(@Text(maxLength = 5) String province, @Text(maxLength = 4) String district, String village) {
}
