package dev.shelfwise.ingest.connectors.rest;

import dev.shelfwise.ingest.connectors.Connector;
import dev.shelfwise.ingest.connectors.WebhookAnswer;
import dev.shelfwise.ingest.connectors.WebhookService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * Native webhooks: a shop points its Shopify or WooCommerce webhooks here ({@code <platform>} is its Shelfwise
 * platform name). The body is taken as raw bytes, because the signature is over exactly those bytes.
 */
@Path("/v1/webhooks")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@APIResponses({
        @APIResponse(responseCode = "200", description = "Written (accepted: n), a redelivery (duplicate), or not a sale or product (ignored)"),
        @APIResponse(responseCode = "400", description = "The body is not a JSON object"),
        @APIResponse(responseCode = "401", description = "The signature does not match the platform's secret; nothing written"),
        @APIResponse(responseCode = "422", description = "The payload does not make valid v1 events; nothing written"),
        @APIResponse(responseCode = "503", description = "Kafka could not make the events durable in time; the platform retries")
})
public class WebhookResource {
    static final String SHOPIFY_TOPIC = "X-Shopify-Topic";
    static final String SHOPIFY_SIGNATURE = "X-Shopify-Hmac-Sha256";
    static final String SHOPIFY_DELIVERY = "X-Shopify-Webhook-Id";
    static final String WOOCOMMERCE_TOPIC = "X-WC-Webhook-Topic";
    static final String WOOCOMMERCE_SIGNATURE = "X-WC-Webhook-Signature";
    static final String WOOCOMMERCE_DELIVERY = "X-WC-Webhook-Delivery-ID";

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Path("/shopify/{platform}")
    @Blocking
    @Operation(summary = "Shopify webhooks: orders/create, orders/updated, refunds/create, products/create, products/update")
    public WebhookAnswer shopify(@PathParam("platform") String platform, @HeaderParam(SHOPIFY_TOPIC) String topic,
                                 @HeaderParam(SHOPIFY_SIGNATURE) String signature,
                                 @HeaderParam(SHOPIFY_DELIVERY) String deliveryId, byte[] body) {
        return webhooks.receive(Connector.SHOPIFY, platform, topic, deliveryId, SHOPIFY_SIGNATURE, signature, body);
    }

    @POST
    @Path("/woocommerce/{platform}")
    @Blocking
    @Operation(summary = "WooCommerce webhooks: order.created, order.updated (with its refunds), product.created, product.updated")
    public WebhookAnswer wooCommerce(@PathParam("platform") String platform, @HeaderParam(WOOCOMMERCE_TOPIC) String topic,
                                     @HeaderParam(WOOCOMMERCE_SIGNATURE) String signature,
                                     @HeaderParam(WOOCOMMERCE_DELIVERY) String deliveryId, byte[] body) {
        return webhooks.receive(Connector.WOOCOMMERCE, platform, topic, deliveryId, WOOCOMMERCE_SIGNATURE, signature, body);
    }
}
