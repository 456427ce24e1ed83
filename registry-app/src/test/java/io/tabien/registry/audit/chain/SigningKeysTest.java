package io.tabien.registry.audit.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void aGeneratedKeyIsWrittenReadableByItsOwnerOnlyAndKeptForTheNextStart() throws Exception {
        Path keyFile = directory.resolve("keys").resolve("audit-signing.key");

        SigningKeys first = new SigningKeys(properties(keyFile));
        SigningKeys second = new SigningKeys(properties(keyFile));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());
    }

    private static AuditProperties properties(Path keyFile) {
        return new AuditProperties(100, Duration.ofMinutes(1), null, null, keyFile, null, null);
    }
}
