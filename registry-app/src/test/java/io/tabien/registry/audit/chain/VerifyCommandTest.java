package io.tabien.registry.audit.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the offline check refuses before it reads any database: it trusts no key it would find there. */
class VerifyCommandTest {

    /** Nothing listens here; a refusal must come before any attempt to connect. */
    private static final String NOWHERE = "--db-url=jdbc:postgresql://127.0.0.1:1/none";

    @TempDir
    Path directory;

    @Test
    void withoutAPublicKeyItRefusesWithUsage() {
        String printed = refused(NOWHERE);

        assertThat(printed).contains("Give the registry's public key").contains("--public-key-file=<path>");
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws Exception {
        Path keyFile = Files.writeString(directory.resolve("audit.pub"), publicKey() + "\n");

        assertThat(refused(NOWHERE, "--public-key=" + publicKey(), "--public-key-file=" + keyFile))
                .contains("not both");
    }

    @Test
    void aKeyFileHoldingMoreThanThePublicKeyIsRefused() throws Exception {
        Path signingKeyFile = Files.writeString(directory.resolve("audit-signing.key"), "private\n" + publicKey() + "\n");

        assertThat(refused(NOWHERE, "--public-key-file=" + signingKeyFile)).contains("must hold one line");
    }

    @Test
    void somethingThatIsNotAnEd25519PublicKeyIsRefused() {
        assertThat(refused(NOWHERE, "--public-key=bm90IGEga2V5")).contains("not an Ed25519 public key");
        assertThat(refused(NOWHERE, "--public-key=***")).contains("Usage:");
    }

    @Test
    void anUnknownOptionIsRefusedRatherThanIgnored() throws Exception {
        assertThat(refused(NOWHERE, "--public-key=" + publicKey(), "--heads_file=audit-heads.log"))
                .contains("Unknown argument --heads_file");
    }

    @Test
    void aHeadsFileThatCannotBeReadIsRefused() throws Exception {
        assertThat(refused(NOWHERE, "--public-key=" + publicKey(), "--heads-file=" + directory.resolve("missing.log")))
                .contains("Could not read");
    }

    @Test
    void aPositionThatIsNotANumberIsRefused() throws Exception {
        assertThat(refused(NOWHERE, "--public-key=" + publicKey(), "--settled-position=latest"))
                .contains("--settled-position takes a whole number");
    }

    @Test
    void aWorkerCountOutsideOneToSixtyFourIsRefused() throws Exception {
        for (String workers : List.of("0", "65", "-1", "two", "99999999999")) {
            assertThat(refused(NOWHERE, "--public-key=" + publicKey(), "--workers=" + workers))
                    .contains("--workers takes a whole number from 1 to 64").contains("Usage:");
        }
    }

    private static String refused(String... options) {
        String[] arguments = new String[options.length + 1];
        arguments[0] = "verify";
        System.arraycopy(options, 0, arguments, 1, options.length);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = VerifyCommand.run(arguments, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isEqualTo(2);
        assertThat(text).doesNotContain("Could not read the database");
        return text;
    }

    private static String publicKey() throws Exception {
        return Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
    }
}
