package dev.shelfwise.ingest.validation;

import dev.shelfwise.contracts.ShelfwiseEvent;

import java.util.List;

/** The verdict on one submitted item. */
public sealed interface Validation {

    /** The item is a valid event, ready to be written. */
    record Valid(ShelfwiseEvent event) implements Validation {
    }

    /** The item is refused; {@code id} is its business id when it could be read, for the caller's bookkeeping. */
    record Invalid(String id, List<FieldError> errors) implements Validation {
    }

    /** The item names a platform other than the caller's: an authorisation problem, not a data problem. */
    record ForeignPlatform(String platform) implements Validation {
    }
}
