package io.tabien.registry.audit.chain;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The offline {@code verify} command run against a test's database, as an auditor would run it beside the registry. */
public final class OfflineVerifier {

    /** What the command printed and its exit status. */
    public record Outcome(int exitStatus, String printed) {
    }

    private OfflineVerifier() {
    }

    /** @param database the database to check; its URL, user and password are handed to the command */
    public static Outcome run(JdbcTemplate database, String... options) throws SQLException {
        List<String> arguments = new ArrayList<>(List.of("verify"));
        try (Connection connection = database.getDataSource().getConnection()) {
            arguments.add("--db-url=" + connection.getMetaData().getURL());
            arguments.add("--db-user=" + connection.getMetaData().getUserName());
        }
        String password = database.getDataSource() instanceof DriverManagerDataSource plain ? plain.getPassword()
                : database.getDataSource() instanceof HikariDataSource pooled ? pooled.getPassword() : null;
        if (password != null) {
            arguments.add("--db-password=" + password);
        }
        arguments.addAll(List.of(options));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = VerifyCommand.run(arguments.toArray(String[]::new),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Outcome(status, printed.toString(StandardCharsets.UTF_8));
    }
}
