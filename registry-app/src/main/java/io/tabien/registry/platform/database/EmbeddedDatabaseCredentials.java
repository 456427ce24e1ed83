package io.tabien.registry.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The roles of the embedded database and their generated passwords, kept in a file of the data directory that only
 * its owner can read: the superuser (used only to create the other two), the schema owner (migrations) and the
 * application role (everything at run time).
 */
public record EmbeddedDatabaseCredentials(String database, String superuserPassword, String ownerPassword,
                                          String applicationPassword) {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "tabien_owner";
    public static final String APPLICATION = "tabien_app";
    static final String FILE_NAME = "tabien-credentials.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedDatabaseCredentials generate(String database) {
        return new EmbeddedDatabaseCredentials(database, password(), password(), password());
    }

    static boolean existIn(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(FILE_NAME));
    }

    static EmbeddedDatabaseCredentials readFrom(Path dataDirectory) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's credentials in " + dataDirectory, e);
        }
        return new EmbeddedDatabaseCredentials(properties.getProperty("database"),
                properties.getProperty(SUPERUSER), properties.getProperty(OWNER), properties.getProperty(APPLICATION));
    }

    /** Written into a new file readable by its owner only, never widened afterwards. */
    void writeTo(Path file) {
        Properties properties = new Properties();
        properties.setProperty("database", database);
        properties.setProperty(SUPERUSER, superuserPassword);
        properties.setProperty(OWNER, ownerPassword);
        properties.setProperty(APPLICATION, applicationPassword);
        try {
            Files.deleteIfExists(file);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Generated passwords of the embedded PostgreSQL's roles; keep this file private");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database's credentials to " + file, e);
        }
    }

    private static String password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedDatabaseCredentials[database=" + database + ", passwords hidden]";
    }
}
