package io.tabien.registry.audit.chain;

import io.tabien.registry.platform.axon.ProjectionProgress;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * The chain check inside the registry: against its own database, the signing key it is configured with (never a
 * key found in the database), the chain processor's settled position, and this node's heads file when it has one.
 */
@Component
public class ChainVerification {

    private final DataSource dataSource;
    private final SigningKeys keys;
    private final ProjectionProgress progress;
    private final HeadsFile headsFile;
    private final int workers;

    ChainVerification(DataSource dataSource, SigningKeys keys, ProjectionProgress progress, HeadsFile headsFile,
                      AuditProperties properties) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.progress = progress;
        this.headsFile = headsFile;
        this.workers = properties.verificationWorkers();
    }

    public ChainVerifier.Report verify(long fromChainSeq) throws SQLException {
        // Read before the database: every line in the file was committed before it was written, so the snapshot
        // the verifier reads next holds every checkpoint the file names.
        List<HeadsFile.Line> heads = heads();
        OptionalLong settled = progress.settledPosition(EventChainProcessor.NAME);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return ChainVerifier.verify(connection,
                    new ChainVerifier.Request(fromChainSeq, keys.publicKey(), settled, heads), workers,
                    dataSource::getConnection);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private List<HeadsFile.Line> heads() {
        if (!Files.exists(headsFile.path())) {
            return null;
        }
        try {
            return HeadsFile.read(headsFile.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the heads file " + headsFile.path(), e);
        }
    }
}
