package dev.shelfwise.clearance.plans;

import java.util.List;
import java.util.stream.Collectors;

/** A request that cannot be planned; the REST layer turns it into a 400 listing {@link #errors()}. */
public class InvalidClearanceRequestException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public InvalidClearanceRequestException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** The bad fields. */
    public List<FieldError> errors() {
        return errors;
    }
}
