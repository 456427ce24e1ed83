package io.tabien.registry.platform.json;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    /** Picked up by Spring's JSON mapper for HTTP; the Axon serializers add it themselves. */
    @Bean
    TypedIdModule typedIdModule() {
        return new TypedIdModule();
    }
}
