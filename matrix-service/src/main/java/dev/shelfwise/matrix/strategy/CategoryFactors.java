package dev.shelfwise.matrix.strategy;

import java.math.BigDecimal;

/**
 * A category's factor values for one promotion; any of them is null when unknown (e.g. a category too young to have
 * an explosion coefficient last year).
 *
 * @param category                 the category
 * @param explosionCoefficient     EC in last year's comparable window
 * @param newCustomerIndex         new-customer acquisition efficiency index in the promotion's months
 * @param crossCategoryPenetration share of the category's customers who also bought another category
 * @param trend                    sales growth, as a ratio (0.12 = +12 %)
 * @param inventoryToClear         inventory to clear (any consistent measure, e.g. value of excess stock)
 */
public record CategoryFactors(String category, BigDecimal explosionCoefficient, BigDecimal newCustomerIndex,
                              BigDecimal crossCategoryPenetration, BigDecimal trend, BigDecimal inventoryToClear) {

    public CategoryFactors {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category is required");
        }
    }

    /** The value of one factor, or null when unknown. */
    public BigDecimal value(Factor factor) {
        return switch (factor) {
            case EXPLOSION_COEFFICIENT -> explosionCoefficient;
            case NEW_CUSTOMER_INDEX -> newCustomerIndex;
            case CROSS_CATEGORY_PENETRATION -> crossCategoryPenetration;
            case TREND -> trend;
            case INVENTORY_TO_CLEAR -> inventoryToClear;
        };
    }
}
