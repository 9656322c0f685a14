package dev.shelfwise.ingest.imports.rest;

import dev.shelfwise.ingest.auth.PlatformAuthenticator;
import dev.shelfwise.ingest.imports.ImportFormat;
import dev.shelfwise.ingest.imports.ImportReport;
import dev.shelfwise.ingest.imports.ImportService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * History import: a part of a CSV export per request (its header line, then rows), with the file line of its first
 * row so rejections name lines of the file. {@code ./shelfwise import} splits a file and posts the parts.
 */
@Path("/v1/imports")
@Consumes({ImportResource.CSV, MediaType.TEXT_PLAIN})
@Produces({MediaType.APPLICATION_JSON, ImportResource.CSV})
@APIResponses({
        @APIResponse(responseCode = "202", description = "Every accepted row's events are durable in Kafka; refused rows are listed by line"),
        @APIResponse(responseCode = "400", description = "No header, a required column missing, or a bad parameter"),
        @APIResponse(responseCode = "401", description = "Missing or unknown bearer token"),
        @APIResponse(responseCode = "403", description = "platform names another platform than the token's"),
        @APIResponse(responseCode = "413", description = "More rows than one request may carry"),
        @APIResponse(responseCode = "503", description = "Kafka could not make the events durable in time; send the part again")
})
public class ImportResource {
    public static final String CSV = "text/csv";
    /** With {@code Accept: text/csv} the counts come in these headers and the body is the refused rows as CSV. */
    static final String ROWS = "Shelfwise-Rows";
    static final String ACCEPTED_ROWS = "Shelfwise-Accepted-Rows";
    static final String IGNORED_ROWS = "Shelfwise-Ignored-Rows";
    static final String EVENTS = "Shelfwise-Events";
    /** The first row follows the header line of a whole file. */
    static final String FIRST_ROW_OF_A_FILE = "2";

    private final ImportService imports;
    private final PlatformAuthenticator authenticator;

    public ImportResource(ImportService imports, PlatformAuthenticator authenticator) {
        this.imports = imports;
        this.authenticator = authenticator;
    }

    @POST
    @Path("/{format}/orders")
    @Blocking
    @Operation(summary = "Import orders from a CSV export: format shopify, woocommerce or shelfwise")
    public Response orders(@PathParam("format") String format, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @QueryParam("platform") String platform,
                           @QueryParam("firstLine") @DefaultValue(FIRST_ROW_OF_A_FILE) long firstLine,
                           @QueryParam("timezone") @DefaultValue("UTC") String timezone,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept, byte[] body) {
        String caller = caller(authorization, platform);
        ImportFormat importFormat = ImportFormat.of(format).orElseThrow(() -> new NotFoundException(
                "unknown format '" + format + "': shopify, woocommerce or shelfwise"));
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new BadRequestException("timezone must be a zone id such as UTC or Europe/Berlin, not '" + timezone + "'");
        }
        return answer(imports.orders(importFormat, new String(body, StandardCharsets.UTF_8), firstLine, caller, zone), accept);
    }

    @POST
    @Path("/catalog")
    @Blocking
    @Operation(summary = "Import the catalog from Shelfwise's catalog CSV")
    public Response catalog(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @QueryParam("platform") String platform,
                            @QueryParam("firstLine") @DefaultValue(FIRST_ROW_OF_A_FILE) long firstLine,
                            @HeaderParam(HttpHeaders.ACCEPT) String accept, byte[] body) {
        String caller = caller(authorization, platform);
        return answer(imports.catalog(new String(body, StandardCharsets.UTF_8), firstLine, caller), accept);
    }

    /** JSON, or for a client that asks for CSV the refused rows ready to append to a rejects file. */
    private static Response answer(ImportReport report, String accept) {
        if (accept == null || !accept.contains(CSV)) {
            return Response.accepted(report).type(MediaType.APPLICATION_JSON).build();
        }
        return Response.accepted(report.rejectsCsv()).type(CSV + "; charset=utf-8")
                .header(ROWS, report.rows()).header(ACCEPTED_ROWS, report.acceptedRows())
                .header(IGNORED_ROWS, report.ignoredRows()).header(EVENTS, report.events()).build();
    }

    /** The token's platform; a {@code platform} parameter, when given, must be that one. */
    private String caller(String authorization, String platform) {
        String caller = authenticator.platformFor(authorization).orElseThrow(() -> new NotAuthorizedException(
                "a valid platform token is required: Authorization: Bearer <token>", "Bearer"));
        if (platform != null && !platform.equals(caller)) {
            throw new ForbiddenException("the token belongs to platform '" + caller + "', not '" + platform
                    + "'; nothing was written");
        }
        return caller;
    }
}
