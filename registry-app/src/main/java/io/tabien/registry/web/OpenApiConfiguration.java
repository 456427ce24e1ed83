package io.tabien.registry.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.security.OperationAccess;
import org.springdoc.core.customizers.OpenApiCustomizer;
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
                                problem+json: each operation lists the statuses it can answer with, and for 403, 409
                                and 422 the rule codes (`rule`) it can name, in `x-rules`. Every problem type and
                                rule code is described in the catalogue of problems, GET %s, which a problem's
                                `type` points at. `x-roles` names the roles that may call an operation; a reader
                                may further be limited to the records of their office."""
                                .formatted(ProblemType.CATALOGUE)))
                .externalDocs(new ExternalDocumentation()
                        .description("The catalogue of problem types and rule codes")
                        .url(ProblemType.CATALOGUE))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer refusalsAndRoles(ApiOperations operations, OperationRefusals refusals, OperationAccess access) {
        return new OperationRefusalsDescription(operations, refusals, access);
    }
}
