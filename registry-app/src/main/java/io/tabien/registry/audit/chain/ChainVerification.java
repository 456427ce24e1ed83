package io.tabien.registry.audit.chain;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The chain check inside the registry: against its own database and its configured signing key. */
@Component
public class ChainVerification {

    private final DataSource dataSource;
    private final SigningKeys keys;

    ChainVerification(DataSource dataSource, SigningKeys keys) {
        this.dataSource = dataSource;
        this.keys = keys;
    }

    public ChainVerifier.Report verify(long fromChainSeq) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return ChainVerifier.verify(connection, fromChainSeq, keys.publicKey());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
