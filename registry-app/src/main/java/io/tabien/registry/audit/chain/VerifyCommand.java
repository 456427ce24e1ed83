package io.tabien.registry.audit.chain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code java -jar registry-app.jar verify --db-url=jdbc:postgresql://... [--db-user=] [--db-password=]
 * (--public-key=<Base64> | --public-key-file=<path>) [--heads-file=<path>] [--settled-position=<global index>]
 * [--from=<chain position>] [--workers=<count>]}: checks the chain of a database, or of a copy of it, without
 * starting the registry. The public key is required and must come from outside the database (the registry's
 * {@code GET /api/audit/checkpoints}, or the second line of its key file), since anyone who can rewrite the database
 * can also store a key of their own there. Exit status 0 when intact, 1 at any mismatch, 2 when it could not check.
 */
public final class VerifyCommand {

    private static final Set<String> OPTIONS = Set.of("db-url", "db-user", "db-password", "public-key",
            "public-key-file", "heads-file", "settled-position", "from", "workers", "reads-settled-before");

    /** Each worker holds a connection of its own. */
    private static final int MOST_WORKERS = 64;

    private VerifyCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0 || !OPTIONS.contains(arg.substring(2, equals))) {
                out.println("Unknown argument " + arg);
                return usage(out);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String url = options.getOrDefault("db-url", System.getenv("TABIEN_DB_URL"));
        if (url == null || url.isBlank()) {
            out.println("Which database? Give --db-url.");
            return usage(out);
        }
        if (options.containsKey("public-key") == options.containsKey("public-key-file")) {
            out.println("Give the registry's public key, either --public-key or --public-key-file (not both): "
                    + "verification trusts no key stored in the database it checks.");
            return usage(out);
        }
        String user = options.getOrDefault("db-user", System.getenv().getOrDefault("TABIEN_DB_USER", "postgres"));
        String password = options.getOrDefault("db-password", System.getenv().getOrDefault("TABIEN_DB_PASSWORD", ""));
        ChainVerifier.Request request;
        int workers;
        Instant readsSettledBefore;
        try {
            String publicKey = options.containsKey("public-key") ? options.get("public-key").strip()
                    : publicKeyFile(Path.of(options.get("public-key-file")));
            CheckpointSignature.publicKey(publicKey);
            List<HeadsFile.Line> heads = options.containsKey("heads-file")
                    ? HeadsFile.read(Path.of(options.get("heads-file"))) : null;
            OptionalLong settled = options.containsKey("settled-position")
                    ? OptionalLong.of(number(options, "settled-position")) : OptionalLong.empty();
            request = new ChainVerifier.Request(options.containsKey("from") ? number(options, "from") : 0,
                    publicKey, settled, heads);
            workers = options.containsKey("workers") ? workers(options.get("workers"))
                    : AuditProperties.defaultVerificationWorkers();
            readsSettledBefore = options.containsKey("reads-settled-before")
                    ? instant(options.get("reads-settled-before")) : Instant.now().minus(AccessLogVerifier.SETTLED);
        } catch (IOException e) {
            out.println("Could not read " + e.getMessage());
            return 2;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            out.println(e instanceof GeneralSecurityException
                    ? "The public key is not an Ed25519 public key (X.509, Base64)" : e.getMessage());
            return usage(out);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            ChainVerifier.Report report = ChainVerifier.verify(connection, request, workers,
                    () -> DriverManager.getConnection(url, user, password));
            print(report, out);
            if (!hasAccessLog(connection)) {
                out.println("Access log:           none in this database (it was made by a version before it)");
                return report.intact() ? 0 : 1;
            }
            AccessLogVerifier.Report reads = AccessLogVerifier.verify(connection, request.publicKey(),
                    readsSettledBefore);
            printAccessLog(reads, out);
            return report.intact() && reads.intact() ? 0 : 1;
        } catch (SQLException | IllegalArgumentException e) {
            out.println("Could not read the database: " + e.getMessage());
            return 2;
        }
    }

    /** The report as the command prints it; a restore prints the same. */
    public static void print(ChainVerifier.Report report, PrintStream out) {
        out.println("Settled position:     global index " + report.settledPosition()
                + " (every stored event up to it must be chained)");
        out.println("Events covered:       " + report.eventsCovered());
        out.println("Events verified:      " + report.eventsVerified());
        out.println("Checkpoints verified: " + report.checkpointsVerified());
        out.println("Unsigned tail:        " + report.unsignedTail() + " links after the last checkpoint");
        out.println("Head:                 chain position " + report.headChainSeq() + ", global index "
                + report.headGlobalIndex() + ", hash " + report.headHash());
        out.println(report.headsCompared() == null
                ? "Heads file:           none given; the checkpoints were compared with no copy kept outside the database"
                : "Heads file:           " + report.headsCompared() + " checkpoints compared");
        if (report.intact()) {
            out.println("The chain is intact.");
            return;
        }
        for (ChainVerifier.Mismatch mismatch : report.mismatches()) {
            StringBuilder where = new StringBuilder("MISMATCH");
            if (mismatch.globalIndex() != null) {
                where.append(" at global index ").append(mismatch.globalIndex());
            }
            if (mismatch.chainSeq() != null) {
                where.append(mismatch.globalIndex() != null ? " (chain position " + mismatch.chainSeq() + ")"
                        : " at chain position " + mismatch.chainSeq());
            }
            out.println(where + ": " + mismatch.reason());
        }
    }

    /** The access log's chain, checked with the same key: every logged read, as {@link #print} prints the events'. */
    public static void printAccessLog(AccessLogVerifier.Report report, PrintStream out) {
        out.println("Access log:           " + report.entriesVerified() + " reads verified, "
                + report.checkpointsVerified() + " checkpoints, " + report.unsignedTail()
                + " links after the last checkpoint");
        if (report.intact()) {
            out.println("The access log is intact.");
        }
        for (AccessLogVerifier.Mismatch mismatch : report.mismatches()) {
            out.println("MISMATCH in the access log" + (mismatch.entryId() != null ? " at entry " + mismatch.entryId()
                    : "") + (mismatch.chainSeq() != null ? " (chain position " + mismatch.chainSeq() + ")" : "")
                    + ": " + mismatch.reason());
        }
    }

    private static boolean hasAccessLog(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var row = statement.executeQuery("select to_regclass('access_log_chain') is not null")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static Instant instant(String option) {
        try {
            return Instant.parse(option);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--reads-settled-before takes a moment such as 2026-11-30T02:00:00Z");
        }
    }

    /** The file holds the Base64 public key alone, so that a signing key file, which also holds the private key, is refused. */
    public static String publicKeyFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() != 1) {
            throw new IllegalArgumentException("The public key file " + file + " must hold one line, the Base64 "
                    + "public key (the second line of the registry's key file), and nothing else");
        }
        return lines.get(0);
    }

    private static long number(Map<String, String> options, String name) {
        try {
            long value = Long.parseLong(options.get(name));
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, 0 or more");
        }
    }

    private static int workers(String option) {
        try {
            int workers = Integer.parseInt(option);
            if (workers >= 1 && workers <= MOST_WORKERS) {
                return workers;
            }
        } catch (NumberFormatException e) {
            // Refused below, as a number out of range is.
        }
        throw new IllegalArgumentException("--workers takes a whole number from 1 to " + MOST_WORKERS);
    }

    private static int usage(PrintStream out) {
        out.println("""
                Usage: java -jar registry-app.jar verify --db-url=jdbc:postgresql://host:port/db [--db-user=name]
                           [--db-password=secret] (--public-key=<Base64> | --public-key-file=<path>)
                           [--heads-file=<path>] [--settled-position=<global index>] [--from=<chain position>]
                           [--workers=<count>]
                  --public-key       the registry's Ed25519 public key, X.509 in Base64 (GET /api/audit/checkpoints)
                  --public-key-file  a file holding just that Base64 line
                  --heads-file       a copy of the registry's heads file (tabien.audit.heads-file) to compare with
                  --settled-position check that every event up to this global index is chained
                                     (default: the chain processor's position stored in token_entry)
                  --from             start after the checkpoint at this chain position
                  --workers          ranges of the chain verified at once, each on a connection of its own
                                     (default: one per processor, at most %d)
                  --reads-settled-before  check that every read logged before this moment is in the access log's
                                     chain (default: a minute ago; for a copy, a minute before it was taken)
                Exit status: 0 intact, 1 mismatch, 2 could not check.""".formatted(
                AuditProperties.DEFAULT_VERIFICATION_WORKERS_AT_MOST));
        return 2;
    }
}
