package io.tabien.registry.platform.reference;

import io.tabien.contracts.civil.Place;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Laos's provinces and districts, read once from the reference tables: they change only with a migration. */
public final class Geography {

    private final Map<String, ProvinceView> provinces;
    private final Map<String, DistrictView> districts;

    public Geography(Collection<ProvinceView> provinces, Collection<DistrictView> districts) {
        this.provinces = provinces.stream().collect(Collectors.toUnmodifiableMap(ProvinceView::code, Function.identity()));
        this.districts = districts.stream().collect(Collectors.toUnmodifiableMap(DistrictView::code, Function.identity()));
    }

    public boolean isProvince(String code) {
        return code != null && provinces.containsKey(code);
    }

    public Optional<DistrictView> district(String code) {
        return Optional.ofNullable(code == null ? null : districts.get(code));
    }

    public List<ProvinceView> provinces() {
        return provinces.values().stream().sorted(Comparator.comparing(ProvinceView::number)).toList();
    }

    public List<DistrictView> districts(String province) {
        return districts.values().stream()
                .filter(district -> province == null || district.province().equals(province))
                .sorted(Comparator.comparing(DistrictView::code))
                .toList();
    }

    /**
     * A place must name one of the provinces and, if it names a district, a district of that province.
     *
     * @param field the request field holding the place, such as {@code placeOfBirth}
     */
    public void mustBeInLaos(Place place, String field) {
        if (place == null || !isProvince(place.province())) {
            throw new UnknownProvince(field + ".province");
        }
        if (place.district() != null) {
            DistrictView district = district(place.district())
                    .orElseThrow(() -> new UnknownDistrict(field + ".district"));
            if (!district.province().equals(place.province())) {
                throw new DistrictOutsideProvince(field + ".district", place.district(), place.province());
            }
        }
    }
}
