package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.ActorSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class CurrentActor implements ActorSource {

    @Override
    public Actor currentActor() {
        return currentAccount().asActor();
    }

    static UserAccount currentAccount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserAccount account) {
            return account;
        }
        throw new IllegalStateException("No authenticated user for this request");
    }
}
