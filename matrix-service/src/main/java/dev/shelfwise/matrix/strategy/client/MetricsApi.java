package dev.shelfwise.matrix.strategy.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** metrics-service's read API, as far as the category strategy needs it. Only {@link MetricsClient} uses it. */
@RegisterRestClient(configKey = MetricsClient.CONFIG_KEY)
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
interface MetricsApi {

    @GET
    @Path("/categories/explosion")
    List<ExplosionRow> explosion(@QueryParam("start") String start, @QueryParam("end") String end,
                                 @QueryParam("basis") String basis, @QueryParam("top") int top);

    @GET
    @Path("/indices/new-customer")
    NewCustomerTable newCustomer(@QueryParam("year") int year);

    @GET
    @Path("/alerts")
    List<FiringAlert> alerts(@QueryParam("state") String state);

    @GET
    @Path("/indices/cross-category")
    List<PenetrationRow> crossCategory(@QueryParam("from") String from, @QueryParam("to") String to);
}
