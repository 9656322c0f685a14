package dev.shelfwise.matrix.web;

/** Something the request names (a promotion, a SKU) does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
