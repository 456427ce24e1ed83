package io.tabien.registry.platform.validation;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    /**
     * On the bus rather than the gateway, so that nothing reaches a command handler around it. (Axon's own
     * auto-configuration would put a dispatch interceptor bean on the gateway only.)
     */
    @Bean
    InitializingBean commandsPassStorableValues(CommandBus commandBus, StorableValues values) {
        return () -> commandBus.registerDispatchInterceptor(new CommandValuesInterceptor(values));
    }
}
