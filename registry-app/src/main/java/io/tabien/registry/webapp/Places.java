package io.tabien.registry.webapp;

import io.tabien.contracts.civil.Place;
import io.tabien.registry.platform.reference.DistrictView;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Provinces and districts by their names in the page's language. Templates call it as {@code @places}. */
@Component("places")
class Places {

    private final Geography geography;

    Places(Geography geography) {
        this.geography = geography;
    }

    public String provinceName(String code) {
        return geography.provinces().stream().filter(province -> province.code().equals(code)).findFirst()
                .map(this::name).orElse(code);
    }

    public String districtName(String code) {
        return geography.district(code).map(this::name).orElse(code);
    }

    /** A province or district office by its name; anything else (a country abroad) by its code. */
    public String officeName(String office) {
        if (office == null) {
            return null;
        }
        return geography.isProvince(office) ? provinceName(office) : districtName(office);
    }

    /** Village, district, province: as much of it as is known. */
    public String placeName(Place place) {
        if (place == null) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        if (place.village() != null) {
            name.append(place.village()).append(", ");
        }
        if (place.district() != null) {
            name.append(districtName(place.district())).append(", ");
        }
        return name.append(provinceName(place.province())).toString();
    }

    public String name(ProvinceView province) {
        return lao() ? province.nameLo() : province.nameEn();
    }

    public String name(DistrictView district) {
        return lao() ? district.nameLo() : district.nameEn();
    }

    static boolean lao() {
        return LocaleContextHolder.getLocale().getLanguage().equals(WebPagesConfiguration.LAO.getLanguage());
    }
}
