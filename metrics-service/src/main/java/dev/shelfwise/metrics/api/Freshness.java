package dev.shelfwise.metrics.api;

import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;

/**
 * How fresh an answer is: the shop time zone its days are cut in, and the event time up to which all partitions
 * of orders.v1 are consumed (null before any order). Object answers carry it in the body; every answer carries it
 * in headers, so list answers do too.
 */
public record Freshness(String timezone, OffsetDateTime completeThrough) {
    public static final String TIMEZONE_HEADER = "Shelfwise-Timezone";
    public static final String COMPLETE_THROUGH_HEADER = "Shelfwise-Complete-Through";

    public Response ok(Object body) {
        Response.ResponseBuilder answer = Response.ok(body).header(TIMEZONE_HEADER, timezone);
        if (completeThrough != null) {
            answer.header(COMPLETE_THROUGH_HEADER, completeThrough.toString());
        }
        return answer.build();
    }
}
