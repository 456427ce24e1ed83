package io.tabien.registry.audit.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadsFileTest {

    @TempDir
    Path directory;

    private final KeyPair key = ed25519();

    @Test
    void signedHeadsAreAppendedOneALineAndReadBackAsTheyWereSigned() throws Exception {
        HeadsFile file = new HeadsFile(properties(directory.resolve("keys").resolve("audit-signing.key"), null));
        Checkpoint first = signed(100, 130);
        Checkpoint second = signed(200, 245);

        file.append(List.of(first));
        file.append(List.of(second));

        assertThat(file.path()).isEqualTo(directory.resolve("keys").resolve("audit-heads.log").toAbsolutePath());
        assertThat(Files.readString(file.path())).isEqualTo(first.toLine() + "\n" + second.toLine() + "\n");
        assertThat(HeadsFile.read(file.path())).extracting(line -> line.checkpoint().orElseThrow())
                .containsExactly(first, second);
        assertThat(first.toLine()).isEqualTo("100|130|" + first.hash() + "|" + first.createdAt() + "|"
                + first.signature());
    }

    @Test
    void aLineTornByACrashIsLeftOutAndCutOffBeforeTheNextHeadIsAppended() throws Exception {
        Path path = directory.resolve("audit-heads.log");
        Checkpoint before = signed(1, 1);
        Files.writeString(path, before.toLine() + "\n" + "2|2|ab", StandardCharsets.US_ASCII);
        assertThat(HeadsFile.read(path)).extracting(HeadsFile.Line::number).containsExactly(1);

        Checkpoint after = signed(3, 3);
        new HeadsFile(properties(directory.resolve("audit-signing.key"), path)).append(List.of(after));

        assertThat(Files.readString(path)).isEqualTo(before.toLine() + "\n" + after.toLine() + "\n");
    }

    @Test
    void aLineThatIsNotACheckpointIsReportedByItsNumber() throws Exception {
        Path path = Files.writeString(directory.resolve("audit-heads.log"),
                signed(1, 1).toLine() + "\n\nnot a checkpoint\n" + signed(2, 2).toLine() + "\n");

        List<HeadsFile.Line> lines = HeadsFile.read(path);

        assertThat(lines).extracting(HeadsFile.Line::number).containsExactly(1, 3, 4);
        assertThat(lines.get(1).checkpoint()).isEmpty();
        assertThat(lines.get(2).checkpoint()).contains(signed(2, 2));
    }

    @Test
    void aCheckpointIsSignedByItsKeyOnlyAndOnlyAsWritten() {
        Checkpoint checkpoint = signed(100, 130);
        String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
        String another = Base64.getEncoder().encodeToString(ed25519().getPublic().getEncoded());

        assertThat(checkpoint.isSignedBy(publicKey)).isTrue();
        assertThat(checkpoint.isSignedBy(another)).isFalse();
        assertThat(new Checkpoint(100, 131, checkpoint.hash(), checkpoint.createdAt(), checkpoint.signature())
                .isSignedBy(publicKey)).isFalse();
        assertThat(Checkpoint.fromLine(checkpoint.toLine().replace(checkpoint.hash(), checkpoint.hash().toUpperCase())))
                .isEqualTo(checkpoint);
        assertThatThrownBy(() -> Checkpoint.fromLine("100|130|not-hex|2026-01-01T00:00:00Z|c2ln"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.fromLine("100|130|" + checkpoint.hash()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendingToAFileThatCannotBeWrittenDoesNotThrow() throws Exception {
        Path blocker = Files.writeString(directory.resolve("not-a-directory"), "x");
        HeadsFile file = new HeadsFile(properties(directory.resolve("audit-signing.key"),
                blocker.resolve("audit-heads.log")));

        file.append(List.of(signed(1, 1)));

        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    private Checkpoint signed(long chainSeq, long globalIndex) {
        byte[] hash = new byte[32];
        hash[0] = (byte) chainSeq;
        Instant createdAt = Instant.parse("2026-11-28T15:01:43.123456Z");
        String signature = CheckpointSignature.sign(key.getPrivate(),
                CheckpointSignature.message(chainSeq, globalIndex, hash, createdAt));
        return new Checkpoint(chainSeq, globalIndex, HexFormat.of().formatHex(hash), createdAt, signature);
    }

    private static AuditProperties properties(Path keyFile, Path headsFile) {
        return new AuditProperties(100, Duration.ofMinutes(1), null, null, keyFile, headsFile, null);
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
