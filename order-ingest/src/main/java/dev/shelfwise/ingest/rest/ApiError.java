package dev.shelfwise.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error answer: the status, a reason a person can act on, and where the problem is when known.
 *
 * @param field  the offending field or parameter, when there is one
 * @param line   1-based line of a body that could not be parsed
 * @param column 1-based column of a body that could not be parsed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String field, Long line, Long column) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null, null, null);
    }
}
