package io.tabien.registry.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tabienApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Tabien registry API")
                        .version("v1")
                        .description("""
                                Civil documents and labour migration, recorded once as immutable events.
                                Create requests accept an Idempotency-Key header; a retry with the same key is
                                answered from the first request and records nothing new. Errors are RFC 9457
                                problem+json."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
