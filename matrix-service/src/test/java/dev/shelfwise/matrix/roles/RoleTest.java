package dev.shelfwise.matrix.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTest {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
            "TRAFFIC,       traffic",
            "HOT_SELLING,   hot-selling",
            "EVENT,         event",
            "IMAGE,         image",
            "WORD_OF_MOUTH, word-of-mouth",
            "CROSS_SELL,    cross-sell",
            "PROFIT,        profit",
            "REGULAR,       regular",
    })
    void rolesHaveKebabCaseJsonNames(Role role, String json) {
        assertEquals(json, role.jsonName());
        assertEquals(json, role.toString());
        assertEquals(role, Role.fromJson(json));
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({"HOT, hot", "NEW, new", "SPECIALTY, specialty"})
    void typesHaveJsonNames(ProductType type, String json) {
        assertEquals(json, type.jsonName());
        assertEquals(type, ProductType.fromJson(json));
    }

    @Test
    void unknownNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Role.fromJson("hot_selling"));
        assertThrows(IllegalArgumentException.class, () -> ProductType.fromJson("old"));
    }

    @Test
    void declarationOrderIsTheDesignPriority() {
        assertEquals(List.of(Role.TRAFFIC, Role.HOT_SELLING, Role.EVENT, Role.IMAGE, Role.WORD_OF_MOUTH,
                Role.CROSS_SELL, Role.PROFIT, Role.REGULAR), Arrays.asList(Role.values()));
        assertEquals(Arrays.asList(Role.values()).subList(0, 7), MatrixThresholds.DEFAULT_PRIORITY);
    }

    @Test
    void everyRoleButRegularHasExactlyOneRule() {
        for (Role role : Role.values()) {
            if (role == Role.REGULAR) {
                assertThrows(IllegalArgumentException.class, () -> RoleRule.of(role));
            } else {
                assertEquals(role, RoleRule.of(role).role());
            }
        }
        assertEquals(7, RoleRule.values().length);
    }

    @Test
    void adviceForTrafficAndEvent() {
        assertNotNull(Role.TRAFFIC.advice());
        assertEquals("hand over to clearance-service", Role.EVENT.advice());
        assertNull(Role.REGULAR.advice());
    }
}
