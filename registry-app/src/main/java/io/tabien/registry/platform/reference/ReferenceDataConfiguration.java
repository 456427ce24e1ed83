package io.tabien.registry.platform.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashSet;

@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    /** Reference data changes only with a migration, so it is read once at start. */
    @Bean
    Provinces provinces(JdbcTemplate jdbc) {
        return Provinces.of(new HashSet<>(jdbc.queryForList("select code from province", String.class)));
    }
}
