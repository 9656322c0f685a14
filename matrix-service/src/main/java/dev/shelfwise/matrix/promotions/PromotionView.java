package dev.shelfwise.matrix.promotions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A promotion as the API shows it.
 *
 * @param overlapsWith other promotions whose dates overlap this one's (allowed, shown so the team notices)
 */
public record PromotionView(String id, String name, String theme, LocalDate start, LocalDate end, String goal,
                            int coreCount, int auxiliaryCount, Instant updatedAt, List<String> overlapsWith) {
}
