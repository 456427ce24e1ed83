package io.tabien.registry.audit.chain;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar registry-app.jar verify --db-url=jdbc:postgresql://... [--db-user=] [--db-password=]
 * [--public-key=] [--from=<chain position>]}: checks the chain of a database, or of a copy of it, without starting
 * the registry. Exit status 0 when intact, 1 at the first mismatch, 2 when it could not check.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                out.println("Unknown argument " + arg);
                return usage(out);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String url = options.getOrDefault("db-url", System.getenv("TABIEN_DB_URL"));
        if (url == null || url.isBlank()) {
            return usage(out);
        }
        String user = options.getOrDefault("db-user", System.getenv().getOrDefault("TABIEN_DB_USER", "postgres"));
        String password = options.getOrDefault("db-password", System.getenv().getOrDefault("TABIEN_DB_PASSWORD", ""));
        long from = Long.parseLong(options.getOrDefault("from", "0"));
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            ChainVerifier.Report report = ChainVerifier.verify(connection, from, options.get("public-key"));
            out.println("Events verified:      " + report.eventsVerified());
            out.println("Checkpoints verified: " + report.checkpointsVerified());
            out.println("Head:                 chain position " + report.headChainSeq() + ", global index "
                    + report.headGlobalIndex() + ", hash " + report.headHash());
            if (report.intact()) {
                out.println("The chain is intact.");
                return 0;
            }
            out.println("MISMATCH at global index " + report.firstMismatch().globalIndex() + " (chain position "
                    + report.firstMismatch().chainSeq() + "): " + report.firstMismatch().reason());
            return 1;
        } catch (SQLException e) {
            out.println("Could not read the database: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream out) {
        out.println("Usage: java -jar registry-app.jar verify --db-url=jdbc:postgresql://host:port/db "
                + "[--db-user=name] [--db-password=secret] [--public-key=base64] [--from=chain-position]");
        return 2;
    }
}
