package io.tabien.registry.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file of a backup, kept in {@value #FILE_NAME} in the format of {@code sha256sum}, so that an
 * operator can check a copy with that tool too. A restore refuses a copy whose files do not match, naming the first.
 */
final class Checksums {

    static final String FILE_NAME = "SHA256SUMS";

    private final Path root;
    private final Map<String, String> sums = new TreeMap<>();

    Checksums(Path root) {
        this.root = root;
    }

    /** Copies {@code in} to {@code target} under the root, forced to disk, and records its checksum. */
    void copy(InputStream in, Path target) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            new DigestInputStream(in, digest).transferTo(out);
            channel.force(true);
        }
        sums.put(name(target), HexFormat.of().formatHex(digest.digest()));
    }

    /** Records the checksum of a file under the root that something else wrote. */
    void add(Path file) throws IOException {
        sums.put(name(file), digest(file));
    }

    /** Writes the list, forced to disk; every file of the backup must be recorded by now. */
    void write() throws IOException {
        StringBuilder lines = new StringBuilder();
        sums.forEach((name, sum) -> lines.append(sum).append("  ").append(name).append('\n'));
        try (FileChannel channel = FileChannel.open(root.resolve(FILE_NAME), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }

    /** What is wrong with the backup's files: changed, missing or not in the list; empty when all match. */
    static List<String> problems(Path root) throws IOException {
        Path list = root.resolve(FILE_NAME);
        if (!Files.exists(list)) {
            return List.of("the list of checksums " + FILE_NAME + " is missing");
        }
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.length() > 66 && line.charAt(64) == ' ') {
                expected.put(line.substring(66), line.substring(0, 64));
            }
        }
        List<String> problems = new ArrayList<>();
        Checksums present = new Checksums(root);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = present.name(file);
                if (name.equals(FILE_NAME)) {
                    continue;
                }
                String sum = expected.remove(name);
                if (sum == null) {
                    problems.add(name + " is not one of the backup's files");
                } else if (!sum.equals(digest(file))) {
                    problems.add(name + " differs from the file that was backed up (its SHA-256 does not match)");
                }
            }
        }
        expected.keySet().forEach(name -> problems.add(name + " is missing"));
        return problems;
    }

    private String name(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String digest(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
