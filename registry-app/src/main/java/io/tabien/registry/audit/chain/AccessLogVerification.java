package io.tabien.registry.audit.chain;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The access log's chain check inside the registry, with the signing key it is configured with. Links and signs
 * whatever is pending first, so the answer covers every read up to the moment it was asked for.
 */
@Component
public class AccessLogVerification {

    private final DataSource dataSource;
    private final AccessLogChain chain;
    private final SigningKeys keys;
    private final Clock clock;

    AccessLogVerification(DataSource dataSource, AccessLogChain chain, SigningKeys keys, Clock clock) {
        this.dataSource = dataSource;
        this.chain = chain;
        this.keys = keys;
        this.clock = clock;
    }

    public AccessLogVerifier.Report verify() throws SQLException {
        chain.linkAllAndSign();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return AccessLogVerifier.verify(connection, keys.publicKey(), clock.instant().minus(AccessLogVerifier.SETTLED));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
