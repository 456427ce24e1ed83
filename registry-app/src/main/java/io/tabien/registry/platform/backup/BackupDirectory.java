package io.tabien.registry.platform.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A directory of backups, one directory each, named after the moment it was taken ({@code 20261130T020000.000Z}), so
 * that names sort by age. A backup is written under its name with {@value #PARTIAL} appended and renamed when it is
 * complete: a copy cut short by a crash or a full disk is never taken for a whole one. One backup is written at a
 * time, held by a lock on {@value #LOCK_FILE}, so that leftovers can be removed safely.
 */
final class BackupDirectory implements AutoCloseable {

    static final String PARTIAL = ".partial";
    private static final String LOCK_FILE = ".lock";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern COMPLETE = Pattern.compile("\\d{8}T\\d{6}\\.\\d{3}Z");

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private BackupDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens the directory, creating it, for writing one backup; refused while another backup is written into it. */
    static BackupDirectory open(Path root) throws IOException {
        Path directory = root.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another backup is being written into " + directory);
        }
        return new BackupDirectory(directory, channel, lock);
    }

    Path root() {
        return root;
    }

    /** A new, empty backup under its partial name. */
    Path begin(Instant taken) throws IOException {
        Path partial = root.resolve(NAME.format(taken) + PARTIAL);
        createPrivateDirectory(partial);
        return partial;
    }

    /** Renames a finished backup to its final name, durably; answers that name. */
    Path complete(Path partial) throws IOException {
        String name = partial.getFileName().toString();
        Path complete = partial.resolveSibling(name.substring(0, name.length() - PARTIAL.length()));
        forceEveryDirectory(partial);
        Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
        force(root);
        return complete;
    }

    /** Removes backups left partial by an earlier run that did not finish. */
    void removeLeftovers() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path partial : entries.filter(entry -> entry.getFileName().toString().endsWith(PARTIAL)).toList()) {
                deleteRecursively(partial);
            }
        }
    }

    /** Deletes the oldest complete backups beyond the newest {@code count}; answers the ones deleted. */
    List<Path> keepNewest(int count) throws IOException {
        List<Path> complete = completeBackups(root);
        List<Path> deleted = new ArrayList<>(complete.subList(0, Math.max(0, complete.size() - count)));
        for (Path old : deleted) {
            deleteRecursively(old);
        }
        return deleted;
    }

    /** The complete backups under {@code root}, oldest first. */
    static List<Path> completeBackups(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(entry -> COMPLETE.matcher(entry.getFileName().toString()).matches())
                    .filter(entry -> Files.exists(entry.resolve(BackupManifest.FILE_NAME)))
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .toList();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }

    /** PostgreSQL refuses a data directory others can read; the backup, holding the roles' passwords, is kept so too. */
    static void createPrivateDirectory(Path directory) throws IOException {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(directory);
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The names of new files are durable only once their directories are forced too. */
    static void forceEveryDirectory(Path top) throws IOException {
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path directory : paths.filter(Files::isDirectory).toList()) {
                force(directory);
            }
        }
    }

    private static void force(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the files' own contents are forced already.
        }
    }
}
