package io.tabien.registry.platform.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The PostgreSQL server programs that ship inside the registry (the binaries packaged for embedding), unpacked once
 * into a cache directory named after the archive's length and CRC-32, so that another version never mixes with this
 * one. The CRC is computed natively at any stage of the start; a SHA-256 of the archive's 15 MB, run before the JIT
 * has compiled it, took a noticeable share of every start.
 */
final class PostgresDistribution {

    private static final Logger log = LoggerFactory.getLogger(PostgresDistribution.class);
    private static final String COMPLETE = ".complete";

    private PostgresDistribution() {
    }

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}, unpacked if it is not there yet. */
    static Path unpackedUnder(Path cacheDirectory) {
        try {
            byte[] archive = archive();
            Path home = cacheDirectory.resolve("postgres-" + fingerprint(archive)).toAbsolutePath().normalize();
            if (Files.exists(home.resolve(COMPLETE))) {
                return home;
            }
            Files.createDirectories(cacheDirectory);
            Path unpacking = Files.createTempDirectory(cacheDirectory, "unpacking-");
            try {
                unpack(archive, unpacking);
                Files.createFile(unpacking.resolve(COMPLETE));
                Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
                log.info("Unpacked the PostgreSQL server programs into {}", home);
            } catch (FileSystemException movedAside) {
                // Another registry on this machine unpacked the same archive at the same moment: the move fails as
                // the directory exists (on Linux a plain "Directory not empty", not one of the finer exceptions).
                deleteRecursively(unpacking);
                if (!Files.exists(home.resolve(COMPLETE))) {
                    throw movedAside;
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the PostgreSQL server programs under " + cacheDirectory, e);
        }
    }

    private static byte[] archive() throws IOException {
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture())) {
            if (in == null) {
                throw new IllegalStateException("No PostgreSQL server programs are packaged for "
                        + System.getProperty("os.name") + " on " + System.getProperty("os.arch"));
            }
            return in.readAllBytes();
        }
    }

    private static String operatingSystem() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            return "Windows";
        }
        if (name.contains("mac")) {
            return "Darwin";
        }
        return "Linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static String fingerprint(byte[] archive) {
        CRC32 crc = new CRC32();
        crc.update(archive);
        return Integer.toHexString(archive.length) + "-" + Long.toHexString(crc.getValue());
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("The archive entry " + entry.getName() + " points outside its directory");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createLink(path, target.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().replace("./", "").startsWith("bin/")) {
                        path.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
