package dev.shelfwise.matrix.roles.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.shelfwise.matrix.roles.Reason;

/**
 * One condition checked for a SKU. {@code passed} is true, false, or null when its data is missing; then
 * {@code reason} says so ("no data"). {@code note} explains a decided condition (e.g. the partner of a lift).
 */
public record ReasonView(String rule, String metric, Object value, String threshold, Boolean passed,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    static ReasonView of(Reason reason) {
        return reason.passed() == null
                ? new ReasonView(reason.rule(), reason.metric(), reason.value(), reason.threshold(), null,
                        reason.note(), null)
                : new ReasonView(reason.rule(), reason.metric(), reason.value(), reason.threshold(), reason.passed(),
                        null, reason.note());
    }
}
