package io.tabien.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.platform.reference.DistrictView;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/reference")
class ReferenceController {

    private final Geography geography;

    ReferenceController(Geography geography) {
        this.geography = geography;
    }

    @Operation(summary = "List the 18 provinces of Laos")
    @GetMapping("/provinces")
    List<ProvinceView> provinces() {
        return geography.provinces();
    }

    /** All districts, or those of one province (ISO 3166-2:LA code). */
    @Operation(summary = "List districts, of all provinces or of one")
    @GetMapping("/districts")
    List<DistrictView> districts(@RequestParam(required = false) String province) {
        return geography.districts(province);
    }
}
