package dev.shelfwise.ingest.auth;

import dev.shelfwise.ingest.IngestConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.stream.Collectors;

/** The one authenticator of the write and import endpoints, from the configured platforms' token digests. */
@Singleton
public class AuthenticatorProducer {
    private static final Logger LOG = Logger.getLogger(AuthenticatorProducer.class);

    @Produces
    @Singleton
    PlatformAuthenticator authenticator(IngestConfig config) {
        if (config.platforms().isEmpty()) {
            LOG.warn("no platform is configured (shelfwise.ingest.platforms.<name>.token-sha256): every write is refused");
        }
        return new PlatformAuthenticator(config.platforms().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().tokenSha256())));
    }
}
