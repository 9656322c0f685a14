package dev.shelfwise.clearance.rest;

/** Something asked for by name that this service does not know; answered 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String message) {
        super(message);
    }
}
