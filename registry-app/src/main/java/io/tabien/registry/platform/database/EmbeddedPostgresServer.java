package io.tabien.registry.platform.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server that the registry runs itself, from the server programs it ships with, on a data directory it
 * keeps across restarts. It is set up for a registry, not for tests: every commit is flushed to disk before it is
 * acknowledged, connections need a password, and the registry works through two roles without superuser rights.
 * <p>
 * A server left running by a registry process that was killed is stopped before a new one starts on the same data
 * directory; a server that dies while the registry runs is started again by {@link #watch(Duration)}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String DATABASE = "tabien";
    private static final String SETTINGS_FILE = "tabien.conf";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final int START_ATTEMPTS = 15;

    private final Path home;
    private final Path dataDirectory;
    private final int port;
    private FileChannel lockChannel;
    private FileLock lock;
    private volatile EmbeddedDatabaseCredentials credentials;
    private volatile boolean closed;
    private ScheduledExecutorService watchdog;

    /**
     * @param dataDirectory  where the database keeps its files
     * @param port           the port to listen on (127.0.0.1 only); 0 picks a free one, kept across restarts
     * @param binariesCache  where the server programs are unpacked
     */
    public EmbeddedPostgresServer(Path dataDirectory, int port, Path binariesCache) {
        this.home = PostgresDistribution.unpackedUnder(binariesCache);
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.port = port > 0 ? port : freePort();
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public EmbeddedDatabaseCredentials credentials() {
        return credentials;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + credentials.database();
    }

    /** Initializes the data directory on first use, stops a server left over by a killed registry, and starts. */
    public synchronized EmbeddedPostgresServer start() {
        lockDataDirectory();
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            initialize();
        }
        writeSettings();
        stopLeftoverServer();
        requirePortFree();
        startServer();
        if (!EmbeddedDatabaseCredentials.existIn(dataDirectory)) {
            requirePasswords();
        }
        credentials = EmbeddedDatabaseCredentials.readFrom(dataDirectory);
        createRoles();
        return this;
    }

    /** Whether the server's main process is alive. */
    public boolean isRunning() {
        OptionalLong pid = postmasterPid();
        return pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Checks every {@code interval} that the server runs, and starts it again if it died. */
    public synchronized void watch(Duration interval) {
        if (watchdog != null) {
            return;
        }
        watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::restartIfDied, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void restartIfDied() {
        try {
            synchronized (this) {
                if (closed || isRunning()) {
                    return;
                }
                log.warn("The embedded PostgreSQL in {} is not running; starting it again", dataDirectory);
                startServer();
                log.info("The embedded PostgreSQL runs again");
            }
        } catch (RuntimeException e) {
            log.warn("The embedded PostgreSQL could not be started again yet ({}); trying again", e.getMessage());
        }
    }

    /** Stops the server (a fast shutdown: open transactions are rolled back, committed ones are on disk). */
    public synchronized void stop() {
        if (isRunning()) {
            pgCtl(Duration.ofSeconds(60), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60");
        }
    }

    @Override
    public void close() {
        closed = true;
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        synchronized (this) {
            try {
                stop();
            } finally {
                releaseLock();
            }
        }
    }

    /** A connection to the registry's database as the superuser, for work no registry role may do (backups). */
    public Connection connectAsSuperuser() throws SQLException {
        return connect(EmbeddedDatabaseCredentials.SUPERUSER, credentials.superuserPassword(), credentials.database());
    }

    /**
     * A connection as the superuser to the server another process (a running registry) keeps on the data directory,
     * at the port its process file names; empty when no server runs there.
     */
    public static Optional<Connection> connectAsSuperuserToRunning(Path dataDirectory) throws SQLException {
        List<String> lines = postmasterFile(dataDirectory);
        int port;
        try {
            boolean alive = lines.size() >= 4 && ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                return Optional.empty();
            }
            port = Integer.parseInt(lines.get(3).strip());
        } catch (NumberFormatException none) {
            return Optional.empty();
        }
        EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.readFrom(dataDirectory);
        return Optional.of(connect(port, EmbeddedDatabaseCredentials.SUPERUSER, credentials.superuserPassword(),
                credentials.database()));
    }

    /** A connection as the given role, to the given database. */
    Connection connect(String role, String password, String database) throws SQLException {
        return connect(port, role, password, database);
    }

    private static Connection connect(int port, String role, String password, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        // Error details quote the values of rows, which hold personal data.
        properties.setProperty("logServerErrorDetail", "false");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    private void initialize() {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedDatabaseCredentials generated = EmbeddedDatabaseCredentials.generate(DATABASE);
            Path passwordFile = Files.createTempFile(dataDirectory.getParent(), "initdb-", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(passwordFile, generated.superuserPassword() + "\n", StandardCharsets.UTF_8);
                try {
                    initdb(passwordFile, "--locale=C.UTF-8");
                } catch (IllegalStateException noUnicodeLocale) {
                    log.warn("The operating system has no C.UTF-8 locale; names in scripts other than Latin will be "
                            + "searched by containment only");
                    initdb(passwordFile, "--no-locale");
                }
            } finally {
                Files.deleteIfExists(passwordFile);
            }
            generated.writeTo(dataDirectory.resolve(EmbeddedDatabaseCredentials.FILE_NAME));
            log.info("Initialized a new PostgreSQL data directory in {}", dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot initialize the PostgreSQL data directory " + dataDirectory, e);
        }
    }

    /**
     * Sorting and case are Unicode's, the same on every machine (the built-in provider); character classes come from
     * the C.UTF-8 locale, without which trigram search would see no letters in Lao names.
     */
    private void initdb(Path passwordFile, String locale) {
        run(Duration.ofMinutes(5), "initdb", "-D", dataDirectory.toString(), "-U", EmbeddedDatabaseCredentials.SUPERUSER,
                "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", locale,
                "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--no-instructions");
    }

    /**
     * Durability first: a commit returns only once it is on disk, and a torn page after a power cut can be repaired.
     * Error reports in the server's log never quote statements or values, which hold personal data.
     */
    private void writeSettings() {
        String settings = """
                port = %d
                listen_addresses = '127.0.0.1'
                fsync = on
                synchronous_commit = on
                full_page_writes = on
                password_encryption = 'scram-sha-256'
                timezone = 'UTC'
                logging_collector = on
                log_directory = 'log'
                log_filename = 'postgresql-%%a.log'
                log_truncate_on_rotation = on
                log_rotation_age = '1d'
                log_rotation_size = 0
                log_error_verbosity = terse
                log_min_error_statement = panic
                """.formatted(port);
        String include = "include_if_exists = '" + SETTINGS_FILE + "'";
        try {
            Files.writeString(dataDirectory.resolve(SETTINGS_FILE), settings, StandardCharsets.UTF_8);
            Path mainSettings = dataDirectory.resolve("postgresql.conf");
            if (!Files.readString(mainSettings, StandardCharsets.UTF_8).contains(include)) {
                Files.writeString(mainSettings, "\n# The registry's own settings, rewritten at every start.\n" + include
                        + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            Files.createDirectories(dataDirectory.resolve("log"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PostgreSQL settings in " + dataDirectory, e);
        }
    }

    /** A server started by an earlier registry process that was killed still holds the data directory. */
    private void stopLeftoverServer() {
        OptionalLong pid = postmasterPid();
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isPostgres(process.get())) {
            log.warn("A PostgreSQL server (process {}) left running by an earlier registry holds {}; stopping it",
                    pid.getAsLong(), dataDirectory);
            try {
                pgCtl(Duration.ofSeconds(60), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60");
            } catch (RuntimeException fastStopFailed) {
                process.get().destroyForcibly();
                process.get().onExit().orTimeout(30, TimeUnit.SECONDS).join();
            }
        }
    }

    /** Another program on the port would be taken for this database, or keep it from starting. */
    private void requirePortFree() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
        } catch (IOException inUse) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1, where the embedded PostgreSQL listens, "
                    + "is in use by another program; choose another with tabien.database.embedded.port");
        }
    }

    private boolean isPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> command.endsWith("postgres") || command.endsWith("postgres.exe"))
                .orElse(true);
    }

    /**
     * Starts the server, retrying while the processes of a server that was killed are still winding down (they hold
     * its shared memory for a moment). After an unclean stop the server replays its write-ahead log first.
     */
    private void startServer() {
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                pgCtl(START_TIMEOUT.plusSeconds(10), "start", "-D", dataDirectory.toString(), "-w",
                        "-t", Long.toString(START_TIMEOUT.toSeconds()),
                        "-l", dataDirectory.resolve("log").resolve("startup.log").toString());
                return;
            } catch (RuntimeException e) {
                lastFailure = e;
                if (isRunning()) {
                    return;
                }
                pause(Duration.ofSeconds(2));
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " did not start; see "
                + dataDirectory.resolve("log"), lastFailure);
    }

    /**
     * A data directory made by an earlier version of the registry lets any local user in without a password and keeps
     * the registry's tables, owned by the superuser, in the {@code postgres} database. Its roles get passwords, its
     * tables the schema owner, and password authentication replaces trust.
     */
    private void requirePasswords() {
        log.warn("The embedded PostgreSQL in {} accepts connections without a password; securing it", dataDirectory);
        try (Connection connection = connect(EmbeddedDatabaseCredentials.SUPERUSER, null, "postgres");
             Statement statement = connection.createStatement()) {
            boolean holdsRegistry;
            try (var result = statement.executeQuery("select to_regclass('public.flyway_schema_history') is not null")) {
                holdsRegistry = result.next() && result.getBoolean(1);
            }
            EmbeddedDatabaseCredentials generated =
                    EmbeddedDatabaseCredentials.generate(holdsRegistry ? "postgres" : DATABASE);
            statement.execute("alter role " + EmbeddedDatabaseCredentials.SUPERUSER + " password '"
                    + generated.superuserPassword() + "'");
            credentials = generated;
            createRoles();
            if (holdsRegistry) {
                statement.execute(TRANSFER_TO_OWNER);
            }
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    # TYPE  DATABASE        USER            ADDRESS                 METHOD
                    local   all             all                                     scram-sha-256
                    host    all             all             127.0.0.1/32            scram-sha-256
                    host    all             all             ::1/128                 scram-sha-256
                    """, StandardCharsets.UTF_8);
            generated.writeTo(dataDirectory.resolve(EmbeddedDatabaseCredentials.FILE_NAME));
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot secure the embedded PostgreSQL (SQLState " + e.getSQLState() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot secure the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Sequences that belong to a column follow their table. */
    private static final String TRANSFER_TO_OWNER = """
            do $$
            declare item record;
            begin
                execute 'alter schema public owner to tabien_owner';
                for item in select c.oid::regclass as name from pg_class c
                            join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                              and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                              and d.objid = c.oid and d.deptype in ('a', 'i'))
                loop
                    execute format('alter table %s owner to tabien_owner', item.name);
                end loop;
                for item in select p.oid::regprocedure as name from pg_proc p
                            join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'
                loop
                    execute format('alter function %s owner to tabien_owner', item.name);
                end loop;
            end $$""";

    /** The two roles the registry works through, and its database; nothing is changed when they exist. */
    private void createRoles() {
        EmbeddedDatabaseCredentials roles = credentials;
        try (Connection connection = connect(EmbeddedDatabaseCredentials.SUPERUSER, roles.superuserPassword(), "postgres");
             Statement statement = connection.createStatement()) {
            createRole(statement, EmbeddedDatabaseCredentials.OWNER, roles.ownerPassword());
            createRole(statement, EmbeddedDatabaseCredentials.APPLICATION, roles.applicationPassword());
            boolean exists;
            try (var result = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + roles.database() + "'")) {
                exists = result.next();
            }
            if (!exists) {
                statement.execute("create database " + roles.database() + " owner " + EmbeddedDatabaseCredentials.OWNER);
            }
            statement.execute("revoke all on database " + roles.database() + " from public");
            statement.execute("grant connect, temporary on database " + roles.database() + " to "
                    + EmbeddedDatabaseCredentials.OWNER + ", " + EmbeddedDatabaseCredentials.APPLICATION);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set up the roles of the embedded PostgreSQL (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }

    private static void createRole(Statement statement, String role, String password) throws SQLException {
        boolean exists;
        try (var result = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            exists = result.next();
        }
        if (!exists) {
            statement.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole password '"
                    + password + "'");
        }
    }

    private OptionalLong postmasterPid() {
        List<String> lines = postmasterFile(dataDirectory);
        try {
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException beingWritten) {
            return OptionalLong.empty();
        }
    }

    /**
     * The lines of the server's process file (its process id first, its port fourth); none while no server runs on
     * the data directory or the file is being written or removed at this moment.
     */
    private static List<String> postmasterFile(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            return Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.US_ASCII) : List.of();
        } catch (IOException beingRemoved) {
            return List.of();
        }
    }

    /** One registry process per data directory: a second one would stop the first one's server as a leftover. */
    private void lockDataDirectory() {
        if (lock != null) {
            return;
        }
        Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        try {
            Files.createDirectories(lockFile.getParent());
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            releaseLock();
            throw new IllegalStateException("The data directory " + dataDirectory
                    + " is in use by another registry process on this machine");
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            log.warn("Could not release the lock of {}", dataDirectory);
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    private void pgCtl(Duration timeout, String... arguments) {
        run(timeout, "pg_ctl", arguments);
    }

    /**
     * PostgreSQL refuses to run as root; as root, its programs run in a user namespace of their own, where they are
     * not.
     */
    private void run(Duration timeout, String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " " + arguments[0] + " failed: "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
            log.debug("{}: {}", program, new String(output, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }
}
