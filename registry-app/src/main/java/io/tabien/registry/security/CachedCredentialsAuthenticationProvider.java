package io.tabien.registry.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and a slow password hash on every request would cap the
 * registry's throughput. A credential that passed the hash check is remembered for a short while, keyed by a
 * keyed hash (HMAC with a key that lives only in this process) of user name and password, never the password.
 * <p>
 * A user name that does not exist costs the same hash check as one that does, against a hash made at start by the
 * same encoder (so of the same algorithm and cost), so that the time of a refusal does not tell which names exist.
 * That hash is made on a thread of its own, beside the rest of the start rather than before it.
 */
class CachedCredentialsAuthenticationProvider implements AuthenticationProvider {

    private record Verified(UserAccount account, Instant until) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final Duration timeToLive;
    private final Clock clock;
    private final Mac keyedMac;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final CompletableFuture<String> hashOfNoUser;

    CachedCredentialsAuthenticationProvider(UserAccounts users, PasswordEncoder passwordEncoder,
                                            Duration timeToLive, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.timeToLive = timeToLive;
        this.clock = clock;
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            this.keyedMac = Mac.getInstance("HmacSHA256");
            keyedMac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        byte[] noPassword = new byte[24];
        random.nextBytes(noPassword);
        this.hashOfNoUser = CompletableFuture.supplyAsync(
                () -> passwordEncoder.encode(HexFormat.of().formatHex(noPassword)));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String fingerprint = fingerprint(username, password);
        Instant now = clock.instant();
        Verified known = verified.get(fingerprint);
        if (known != null && known.until().isAfter(now)) {
            return known.account().asAuthentication();
        }
        Optional<UserAccounts.StoredUser> stored = users.find(username);
        boolean matches = passwordEncoder.matches(password,
                stored.map(UserAccounts.StoredUser::passwordHash).orElseGet(hashOfNoUser::join));
        UserAccounts.StoredUser user = stored.filter(found -> matches)
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        if (!user.enabled()) {
            throw new DisabledException("User is disabled");
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(entry -> !entry.until().isAfter(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(fingerprint, new Verified(user.account(), now.plus(timeToLive)));
        return user.account().asAuthentication();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Keyed by a copy of a MAC initialised once: looking one up and keying it go through the security providers. */
    private String fingerprint(String username, String password) {
        Mac mac;
        try {
            mac = (Mac) keyedMac.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The runtime's HmacSHA256 can be copied", e);
        }
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(password.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal());
    }
}
