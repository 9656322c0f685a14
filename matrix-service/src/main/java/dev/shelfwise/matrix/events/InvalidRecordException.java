package dev.shelfwise.matrix.events;

/**
 * A record that can never be processed (not JSON, or a required field missing or out of range). Consumers do not
 * retry it: it goes straight to the channel's dead-letter topic, with this message as {@code dead-letter-reason}.
 */
public class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message);
    }

    public InvalidRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
