package dev.shelfwise.clearance.plans.service;

import dev.shelfwise.clearance.plans.ClearancePlanResult;
import dev.shelfwise.clearance.plans.ClearancePlanner;
import dev.shelfwise.clearance.plans.FieldError;
import dev.shelfwise.clearance.plans.InvalidClearanceRequestException;
import dev.shelfwise.clearance.plans.ClearanceRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Plans a what-if request: nothing is stored, the answer depends only on the body and today's date. */
@ApplicationScoped
public class WhatIfService {

    private final ClearancePlanner planner;
    private final Clock clock;

    public WhatIfService(ClearancePlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * @param unknownKinds the channels whose kind named no known kind (they reach here without one)
     * @throws InvalidClearanceRequestException listing every bad field, unknown kinds included
     */
    public ClearancePlanResult plan(ClearanceRequest request, List<FieldError> unknownKinds) {
        LocalDate today = LocalDate.now(clock);
        if (!unknownKinds.isEmpty()) {
            // an unknown kind reaches the validator as a missing one: report it as what it is, once
            Set<String> unknown = unknownKinds.stream().map(FieldError::field).collect(Collectors.toSet());
            List<FieldError> errors = new ArrayList<>(unknownKinds);
            request.validate(today).stream().filter(error -> !unknown.contains(error.field())).forEach(errors::add);
            throw new InvalidClearanceRequestException(errors);
        }
        return planner.plan(request, today);
    }
}
