package io.tabien.registry.platform.time;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** "Today" for the registry's rules is today where the registry works, by default in Laos. */
    @Bean
    Clock clock(@Value("${tabien.zone:Asia/Vientiane}") ZoneId zone) {
        return Clock.system(zone);
    }
}
