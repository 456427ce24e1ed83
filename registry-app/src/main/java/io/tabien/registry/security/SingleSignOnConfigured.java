package io.tabien.registry.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Single sign-on is on when an issuer is named; an empty one, as the unset environment variable gives, is none. */
class SingleSignOnConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("tabien.sso.issuer-uri"));
    }
}
