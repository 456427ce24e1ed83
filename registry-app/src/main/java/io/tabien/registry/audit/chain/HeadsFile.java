package io.tabien.registry.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every checkpoint this node signs, appended to a file outside the database once the checkpoint's transaction has
 * committed, one {@link Checkpoint#toLine() line} each, forced to disk. Someone who can rewrite the database cannot
 * rewrite a copy of this file that an auditor has taken away, so verification compares the two.
 */
@Component
public class HeadsFile {

    private static final Logger log = LoggerFactory.getLogger(HeadsFile.class);
    /** Far longer than any checkpoint line (about 200 characters). */
    private static final int LONGEST_LINE = 4096;

    /** One line of the file, by its 1-based number; its checkpoint is empty when the line is not one. */
    public record Line(int number, String text) {

        public Optional<Checkpoint> checkpoint() {
            try {
                return Optional.of(Checkpoint.fromLine(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final Path path;
    private boolean tornLineRemoved;

    HeadsFile(AuditProperties properties) {
        this.path = properties.headsFile().toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }

    /**
     * Appends the checkpoints and forces them to disk. A failure is logged, not thrown: the checkpoints are committed
     * in the database already, and a file missing a line is still a true, if shorter, witness.
     */
    public synchronized void append(List<Checkpoint> checkpoints) {
        if (checkpoints.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Checkpoint checkpoint : checkpoints) {
            lines.append(checkpoint.toLine()).append('\n');
        }
        try {
            boolean created = !Files.exists(path);
            if (created) {
                Files.createDirectories(path.getParent());
            } else if (!tornLineRemoved) {
                removeTornLine(path);
            }
            try (FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    file.write(bytes);
                }
                file.force(true);
            }
            if (created) {
                forceDirectory(path.getParent());
            }
            tornLineRemoved = true;
        } catch (IOException e) {
            log.error("Could not append {} signed chain head(s) to the heads file {}", checkpoints.size(), path, e);
        }
    }

    /**
     * The file's lines, except a last one without its newline: that one is being written, or was torn by a crash
     * (and is removed by the next append), and holds nothing a verification could rely on.
     */
    public static List<Line> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int end = text.lastIndexOf('\n');
        List<Line> lines = new ArrayList<>();
        if (end < 0) {
            return lines;
        }
        String[] complete = text.substring(0, end).split("\n", -1);
        for (int i = 0; i < complete.length; i++) {
            if (!complete[i].isBlank()) {
                lines.add(new Line(i + 1, complete[i]));
            }
        }
        return lines;
    }

    /**
     * A crash while appending can leave the end of a line without its newline. It holds no checkpoint anyone could
     * rely on (its checkpoint is in the database), so it is cut off, as a database drops a torn log record, rather
     * than left for the next line to be glued to.
     */
    private static void removeTornLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = channel.size();
            long start = Math.max(0, end - LONGEST_LINE);
            ByteBuffer tail = ByteBuffer.allocate((int) (end - start));
            while (tail.hasRemaining() && channel.read(tail, start + tail.position()) >= 0) {
                // reads the file's last bytes
            }
            int newline = new String(tail.array(), StandardCharsets.US_ASCII).lastIndexOf('\n');
            if (newline < 0 && start > 0) {
                throw new IOException("its last " + LONGEST_LINE + " bytes hold no line; the file is left as it is");
            }
            long keep = start + newline + 1;
            if (keep < end) {
                channel.truncate(keep);
                channel.force(true);
                log.warn("Removed {} bytes of a line torn by a crash from the end of the heads file {}", end - keep,
                        file);
            }
        }
    }

    /** A new file's name is durable only once its directory is: without this, a crash can lose the whole file. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the file's own contents are forced already.
            log.debug("Could not force the directory {} to disk", directory, e);
        }
    }
}
