package io.tabien.registry.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Signs the chain's head once the checkpoint interval has passed with links no checkpoint covers. The chain
 * processor signs only when it links an event, so without this the last events before a quiet spell would stay
 * unsigned, and re-hashable without the key, until the next event arrives. Every node runs it; when two sign the
 * same head, the database keeps the first checkpoint and the other node's is ignored (and not written to its file).
 */
@Component
class ChainHeadSigner {

    private static final Logger log = LoggerFactory.getLogger(ChainHeadSigner.class);

    private final EventChain chain;
    private final HeadsFile headsFile;
    private final AuditProperties properties;
    private final TransactionTemplate transactions;
    private boolean failing;

    ChainHeadSigner(EventChain chain, HeadsFile headsFile, AuditProperties properties,
                    PlatformTransactionManager transactions) {
        this.chain = chain;
        this.headsFile = headsFile;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Looks every second (two index lookups), so a head is signed at most a second after it falls due. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.SECONDS)
    void signHeadIfDue() {
        try {
            Optional<Checkpoint> signed = transactions.execute(
                    status -> chain.signHeadIfDue(properties.checkpointEvery()));
            // Written only now that the checkpoint's transaction has committed.
            signed.ifPresent(checkpoint -> headsFile.append(List.of(checkpoint)));
            if (failing) {
                log.info("Signing the chain's head works again");
                failing = false;
            }
        } catch (DataAccessException e) {
            if (!failing) {
                log.warn("Could not sign the chain's head; retrying every second: {}", e.getMessage());
                failing = true;
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }
}
