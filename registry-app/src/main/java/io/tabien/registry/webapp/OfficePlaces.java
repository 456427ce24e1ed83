package io.tabien.registry.webapp;

import io.tabien.registry.platform.reference.DistrictView;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import io.tabien.registry.security.CivilRecording;
import org.springframework.stereotype.Component;

import java.util.List;

/** The provinces and districts a form offers: those where the user may record, as {@code security} decides. */
@Component
class OfficePlaces {

    private final Geography geography;
    private final CivilRecording recording;

    OfficePlaces(Geography geography, CivilRecording recording) {
        this.geography = geography;
        this.recording = recording;
    }

    record Choice(List<ProvinceView> provinces, List<DistrictView> districts) {

        /** The province when there is only one to choose, else null. */
        String onlyProvince() {
            return provinces.size() == 1 ? provinces.get(0).code() : null;
        }

        String onlyDistrict() {
            return districts.size() == 1 ? districts.get(0).code() : null;
        }
    }

    Choice choice() {
        List<DistrictView> districts = geography.districts(null).stream()
                .filter(district -> recording.mayRecordAt(district.province(), district.code()))
                .toList();
        List<ProvinceView> provinces = geography.provinces().stream()
                .filter(province -> recording.mayRecordAt(province.code(), null)
                        || districts.stream().anyMatch(district -> district.province().equals(province.code())))
                .toList();
        return new Choice(provinces, districts);
    }
}
