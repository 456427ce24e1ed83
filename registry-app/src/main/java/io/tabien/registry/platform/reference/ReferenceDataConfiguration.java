package io.tabien.registry.platform.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    @Bean
    Geography geography(JdbcTemplate jdbc) {
        return new Geography(
                jdbc.query("select code, number, name_en, name_lo from province",
                        (row, n) -> new ProvinceView(row.getString(1), row.getString(2), row.getString(3), row.getString(4))),
                jdbc.query("select code, province_code, name_en, name_lo from district",
                        (row, n) -> new DistrictView(row.getString(1), row.getString(2), row.getString(3), row.getString(4))));
    }
}
