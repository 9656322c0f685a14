package dev.shelfwise.matrix.web;

/** A dependency needed to complete a write (Kafka) did not answer in time; answered 503, nothing is changed. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
