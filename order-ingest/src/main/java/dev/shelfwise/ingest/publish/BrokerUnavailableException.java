package dev.shelfwise.ingest.publish;

/** Kafka did not acknowledge every event within the ack timeout: the caller must retry (503). */
public class BrokerUnavailableException extends RuntimeException {
    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
