package dev.shelfwise.ingest.connectors;

import java.util.List;

/** The payload is signed but does not map to valid v1 events: nothing of it is written (422). */
public class WebhookRefusedException extends RuntimeException {
    public WebhookRefusedException(String topic, List<String> problems) {
        super("the " + topic + " payload does not make valid v1 events, nothing was written: " + String.join("; ", problems));
    }
}
