package dev.shelfwise.metrics.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error answer: status, a reason a person can act on, and the parameter at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String field) {
}
