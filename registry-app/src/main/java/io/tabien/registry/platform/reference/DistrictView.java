package io.tabien.registry.platform.reference;

public record DistrictView(String code, String province, String nameEn, String nameLo) {
}
