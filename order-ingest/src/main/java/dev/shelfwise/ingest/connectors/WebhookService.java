package dev.shelfwise.ingest.connectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.shelfwise.ingest.IngestConfig;
import dev.shelfwise.ingest.batch.IngestService;
import dev.shelfwise.ingest.batch.MalformedBatchException;
import dev.shelfwise.ingest.connectors.shopify.ShopifyMapper;
import dev.shelfwise.ingest.connectors.woocommerce.WooCommerceMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Receives a platform's webhook: verifies its signature with the platform's secret, answers a redelivery from the
 * recent-delivery cache, maps the payload with the connector's mapper, validates the events together and writes them
 * durably. Synchronous but short (a mapping and one acknowledged write), well inside Shopify's 5 s.
 */
@ApplicationScoped
public class WebhookService {
    /** WooCommerce's ping when a webhook is saved: an unsigned form body, answered with 200 so the hook can be saved. */
    private static final Pattern WOOCOMMERCE_PING = Pattern.compile("webhook_id=\\d+");

    private final IngestService ingest;
    private final ShopifyMapper shopify;
    private final WooCommerceMapper wooCommerce;
    private final Map<Connector, Map<String, String>> secrets = new EnumMap<>(Connector.class);
    private final RecentDeliveries deliveries;
    private final MeterRegistry registry;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    public WebhookService(IngestConfig config, IngestService ingest, ShopifyMapper shopify,
                          WooCommerceMapper wooCommerce, MeterRegistry registry) {
        this.ingest = ingest;
        this.shopify = shopify;
        this.wooCommerce = wooCommerce;
        this.registry = registry;
        this.deliveries = new RecentDeliveries(config.connectors().recentDeliveries());
        secrets.put(Connector.SHOPIFY, secretsOf(config, IngestConfig.Platform::shopifySecret));
        secrets.put(Connector.WOOCOMMERCE, secretsOf(config, IngestConfig.Platform::woocommerceSecret));
    }

    private static Map<String, String> secretsOf(IngestConfig config,
                                                 Function<IngestConfig.Platform, Optional<String>> secret) {
        Map<String, String> byPlatform = new HashMap<>();
        config.platforms().forEach((name, platform) -> secret.apply(platform).ifPresent(value -> byPlatform.put(name, value)));
        return Map.copyOf(byPlatform);
    }

    /**
     * @param signatureHeader the name of the header the signature came in, for the error message
     * @throws WebhookUnauthorizedException when the signature does not verify
     * @throws WebhookRefusedException      when the payload maps to invalid events
     */
    public WebhookAnswer receive(Connector connector, String platform, String topic, String deliveryId,
                                 String signatureHeader, String signature, byte[] body) {
        if (connector == Connector.WOOCOMMERCE && topic == null && signature == null && isPing(body)) {
            return count(connector, "ping", WebhookAnswer.ignored(null, "WooCommerce's ping: nothing to write"));
        }
        if (!WebhookSignature.verify(secrets.get(connector).get(platform), body, signature)) {
            count(connector, "unauthorized", null);
            throw new WebhookUnauthorizedException(signatureHeader);
        }
        String delivery = deliveryId == null || deliveryId.isBlank() ? null
                : connector.label() + '\n' + platform + '\n' + deliveryId;
        if (deliveries.contains(delivery)) {
            return count(connector, "duplicate", WebhookAnswer.duplicate(topic));
        }
        JsonNode payload = parse(body);
        Mapping mapping = connector == Connector.SHOPIFY ? shopify.map(topic, payload, platform)
                : wooCommerce.map(topic, payload, platform);
        if (mapping.ignoredBecause() != null) {
            deliveries.remember(delivery);
            return count(connector, "ignored", WebhookAnswer.ignored(topic, mapping.ignoredBecause()));
        }
        IngestService.Checked checked = ingest.check(mapping.events(), platform);
        if (!checked.isValid()) {
            count(connector, "refused", null);
            throw new WebhookRefusedException(topic, checked.problems());
        }
        ingest.publish(checked.events());
        // only now: a delivery that failed to be written must be processed when the platform retries it
        deliveries.remember(delivery);
        return count(connector, "accepted", WebhookAnswer.accepted(topic, checked.events().size()));
    }

    private static boolean isPing(byte[] body) {
        return body.length < 64 && WOOCOMMERCE_PING.matcher(new String(body, StandardCharsets.US_ASCII).strip()).matches();
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode payload = json.readTree(body);
            if (payload == null || !payload.isObject()) {
                throw new MalformedBatchException("the webhook body must be a JSON object", 1, 1);
            }
            return payload;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new MalformedBatchException("the webhook body is not JSON: " + e.getOriginalMessage(), line, column);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebhookAnswer count(Connector connector, String outcome, WebhookAnswer answer) {
        registry.counter("shelfwise.ingest.webhooks", "connector", connector.label(), "outcome", outcome).increment();
        return answer;
    }
}
