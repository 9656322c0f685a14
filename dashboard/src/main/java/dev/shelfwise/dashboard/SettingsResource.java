package dev.shelfwise.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/settings}: what the page needs to know before its first poll. */
@Path("/api/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    /** @param refreshMillis how often each view polls */
    public record Settings(long refreshMillis) {
    }

    private final Settings settings;

    public SettingsResource(DashboardConfig config) {
        this.settings = new Settings(config.refreshEvery().toMillis());
    }

    @GET
    public Settings settings() {
        return settings;
    }
}
