package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CachedCredentialsAuthenticationProviderTest {

    private final UserAccounts users = mock(UserAccounts.class);
    private final PasswordEncoder encoder = spy(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    private final CachedCredentialsAuthenticationProvider provider =
            new CachedCredentialsAuthenticationProvider(users, encoder, Duration.ofMinutes(5), Clock.systemUTC());

    @Test
    void givenAKnownUserWithTheRightPasswordWhenAuthenticatingThenTheyAreLoggedIn() {
        String hash = encoder.encode("the-right-password");
        when(users.find("registrar")).thenReturn(Optional.of(new UserAccounts.StoredUser(
                UserAccount.of("registrar", EnumSet.of(Role.AUDITOR), null), hash, true)));

        assertThat(provider.authenticate(login("registrar", "the-right-password")).isAuthenticated()).isTrue();
    }

    @Test
    void givenAnUnknownUserWhenAuthenticatingThenTheyAreRefusedAfterTheSameHashCheckAsAKnownOne() {
        when(users.find("nobody")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> provider.authenticate(login("nobody", "some-password")))
                .isInstanceOf(BadCredentialsException.class);
        verify(encoder, times(1)).matches(org.mockito.ArgumentMatchers.eq("some-password"),
                org.mockito.ArgumentMatchers.startsWith("{bcrypt}"));
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
