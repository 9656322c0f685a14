package dev.shelfwise.metrics.concentration.alerts;

import dev.shelfwise.metrics.indices.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which windows an evaluation looks at, in data time: the day of {@code completeThrough} (the event time up to which
 * every partition is consumed) stands for "now", so a replayed or historic feed raises the alerts it would have
 * raised live, and a wall clock far from the data never empties the windows.
 *
 * <ul>
 *   <li>{@value #TRAILING_24H}: the last {@value #TRAILING_DAYS} shop days ending on that day. Rollups are daily, so
 *       "24 h" is approximated by yesterday and today: it never holds less than a full day of data.</li>
 *   <li>{@code promotion:<id>}: each promotion whose window contains that day (running), on its whole window.</li>
 *   <li>While no promotion is known at all, the configured window in its place ({@code promotion:configured}),
 *       when it is running.</li>
 * </ul>
 */
public final class EvaluationScopes {
    public static final String TRAILING_24H = "trailing-24h";
    public static final String PROMOTION_PREFIX = "promotion:";
    public static final String CONFIGURED = "configured";
    /** The completeThrough day and the day before it. */
    public static final int TRAILING_DAYS = 2;

    private EvaluationScopes() {
    }

    public static String promotionScope(String promotionId) {
        return PROMOTION_PREFIX + promotionId;
    }

    /**
     * The scopes to evaluate; none before any data.
     *
     * @param dataDay    the shop day of completeThrough; null before any order was consumed
     * @param promotions every known promotion, running or not
     * @param configured the configured promotion window, used only while {@code promotions} is empty
     */
    public static List<EvaluationScope> plan(LocalDate dataDay, Collection<PromotionWindow> promotions,
                                             Optional<DateRange> configured) {
        List<EvaluationScope> scopes = new ArrayList<>();
        if (dataDay == null) {
            return scopes;
        }
        scopes.add(new EvaluationScope(TRAILING_24H, DateRange.of(dataDay.minusDays(TRAILING_DAYS - 1), dataDay)));
        if (promotions.isEmpty()) {
            configured.filter(window -> window.contains(dataDay))
                    .ifPresent(window -> scopes.add(new EvaluationScope(promotionScope(CONFIGURED), window)));
            return scopes;
        }
        promotions.stream()
                .filter(promotion -> promotion.window().contains(dataDay))
                .sorted(Comparator.comparing(PromotionWindow::id))
                .forEach(promotion -> scopes.add(new EvaluationScope(promotionScope(promotion.id()), promotion.window())));
        return scopes;
    }

    /** The configured window: both ends or neither, the end not before the start. */
    public static Optional<DateRange> configuredWindow(Optional<LocalDate> start, Optional<LocalDate> end) {
        if (start.isPresent() != end.isPresent()) {
            throw new IllegalArgumentException("shelfwise.concentration.promotion-window needs both start and end, or"
                    + " neither; got start=" + start.orElse(null) + ", end=" + end.orElse(null));
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("shelfwise.concentration.promotion-window.end (" + end.get()
                    + ") is before its start (" + start.get() + ")");
        }
        return Optional.of(DateRange.of(start.get(), end.get()));
    }
}
