package dev.shelfwise.metrics.api;

/** A query parameter is missing, malformed or out of range: answered 400 naming the parameter. */
public class BadParameterException extends RuntimeException {
    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
