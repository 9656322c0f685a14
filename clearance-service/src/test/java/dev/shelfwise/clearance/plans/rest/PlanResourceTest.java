package dev.shelfwise.clearance.plans.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /v1/clearance/plans} over HTTP, with the OpenAPI example worked by hand. Q = 100, c = 4, p = 10, d = 1
 * (floor 5), h = 0.01, budget 150, no deadline:
 * <ul>
 *   <li>cut-30: price 7 at 5 a day: 20 days; holding 0.01 × 100² / (2 × 5) = 10; P = (7 − 4) × 100 = 300;
 *       total cost 10 − 300 = −290; CPA −2.90.</li>
 *   <li>ads:spring: 30 a day at 10 a day: 10 days, ad spend 300, holding 0.01 × 100² / 20 = 5, spend 305; P = 600;
 *       total −295; CPA −2.95.</li>
 *   <li>liquidator: 10 % of 10 = 1 a unit; commission 0.15 × 1 × 100 = 15, fee 0.3 × 100 = 30, holding
 *       0.01 × 100² / 200 = 0.5: spend 45.5; P = (1 − 4) × 100 = −300; total 345.5; CPA 3.455 (shown 3.46).</li>
 * </ul>
 * Ranking: ads is lowest (−2.95) but cut's −2.90 is within 5 % of it (0.05 ≤ 0.1475) with a higher conversion rate
 * (6 % > 5 %): cut-30, ads:spring, liquidator.
 * Allocation by marginal CPA: ads first, 305 per 100 units: 49 units cost 149.45 (50 would be 152.50), net
 * −295 × 49 / 100 = −144.55, limited by the budget; 0.55 left buys 5 cut units at 0.10 each (0.50), net
 * −290 × 5 / 100 = −14.50; the other 46 go to the liquidator: 345.5 × 46 / 100 = 158.93. Budget used 149.95, left
 * 0.05; total −144.55 − 14.50 + 158.93 = −0.12 against 100 × 5 = 500 for destroying everything: saving 500.12.
 */
@QuarkusTest
class PlanResourceTest {

    @Test
    void answersTheExampleAsComputedByHand() {
        given().contentType(ContentType.JSON).body(PlanResource.EXAMPLE)
                .when().post("/v1/clearance/plans")
                .then().statusCode(200)
                .body("sku", equalTo("MUG-01"))
                .body("destructionFloor", equalTo(5.00f))
                .body("channels.id", contains("cut-30", "ads:spring", "liquidator"))
                .body("channels.cpa", contains(-2.90f, -2.95f, 3.46f))
                .body("channels.totalCost", contains(-290.00f, -295.00f, 345.50f))
                .body("channels.daysToClear", contains(20.00f, 10.00f, 1.00f))
                .body("channels[1].spend.adSpend", equalTo(300.00f))
                .body("channels[1].spend.total", equalTo(305.00f))
                .body("channels.viable", contains(true, true, true))
                .body("ranking.id", contains("cut-30", "ads:spring", "liquidator"))
                .body("ranking[0].reason", equalTo("CPA -2.90 within 5 % of ads:spring (-2.95): higher conversion "
                        + "rate (6 % > 5 %) brings natural orders"))
                .body("allocation.channels.id", contains("ads:spring", "cut-30"))
                .body("allocation.channels.units", contains(49, 5))
                .body("allocation.channels.spend", contains(149.45f, 0.50f))
                .body("allocation.channels.netCost", contains(-144.55f, -14.50f))
                .body("allocation.channels.limitedBy", contains("budget", "budget"))
                .body("allocation.remainder.fate", equalTo("liquidation"))
                .body("allocation.remainder.liquidations[0].units", equalTo(46))
                .body("allocation.remainder.cost", equalTo(158.93f))
                .body("allocation.budgetUsed", equalTo(149.95f))
                .body("allocation.budgetLeft", equalTo(0.05f))
                .body("allocation.totalCost", equalTo(-0.12f))
                .body("allocation.destroyEverythingNowCost", equalTo(500.00f))
                .body("allocation.savingVersusDestroying", equalTo(500.12f));
    }

    @Test
    void aPlanThatCannotBeatTheFloorIsNotViableAndSaysWhy() {
        // ads only: 300 a day for 1 order a day of 100 units: CPA far above the floor 5; everything is destroyed
        String body = """
                {"sku": "MUG-02", "quantity": 100, "unitCost": 4, "price": 10, "disposalFeePerUnit": 1,
                 "holdingCostPerUnitDay": 0, "channels": [
                   {"id": "ads", "kind": "onsite-ads", "adSpendPerDay": 300, "expectedOrdersPerDay": 1,
                    "conversionRate": 0.01}]}""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/clearance/plans")
                .then().statusCode(200)
                .body("channels[0].viable", equalTo(false))
                .body("channels[0].notViableReason", containsString("not below the destruction floor 5.00"))
                .body("allocation.remainder.fate", equalTo("destruction"))
                .body("allocation.remainder.destroyedUnits", equalTo(100))
                .body("allocation.budget", nullValue())
                .body("allocation.totalCost", equalTo(500.00f));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                   | replace in the example                       | by                                  | field
            "negative unit cost       | \"unitCost\": 4                              | \"unitCost\": -1                    | unitCost",
            "missing unit cost        | \"unitCost\": 4,                             | ''                                  | unitCost",
            "negative disposal fee    | \"disposalFeePerUnit\": 1                    | \"disposalFeePerUnit\": -0.5        | disposalFeePerUnit",
            "recovery rate above 1    | \"recoveryRate\": 0.1                        | \"recoveryRate\": 1.5               | channels[2].recoveryRate",
            "recovery rate below 0    | \"recoveryRate\": 0.1                        | \"recoveryRate\": -0.1              | channels[2].recoveryRate",
            "unknown kind             | \"kind\": \"onsite-ads\"                     | \"kind\": \"tv\"                    | channels[1].kind",
            "price cut not a cut      | \"price\": 7                                 | \"price\": 12                       | channels[0].price",
            "price of the wrong type  | \"price\": 10                                | \"price\": \"ten\"                  | price",
            "fractional quantity      | \"quantity\": 100                            | \"quantity\": 1.5                   | quantity",
            "quantity of wrong type   | \"quantity\": 100                            | \"quantity\": true                  | quantity",
            "channels not an array    | \"channels\": [                              | \"channels\": {\"x\": [             | channels",
            "unknown field            | \"budget\": 150                              | \"budgett\": 150                    | budgett",
            "malformed JSON           | \"sku\": \"MUG-01\",                         | \"sku\": \"MUG-01\" \"oops\",       | body",
    })
    void badInputIsRefusedNamingTheField(String name, String replace, String by, String field) {
        String body = PlanResource.EXAMPLE.replace(replace.trim(), by.trim());
        if (body.equals(PlanResource.EXAMPLE)) {
            throw new IllegalStateException("the case '" + name + "' does not change the example");
        }
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/clearance/plans")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("error", equalTo("Bad Request"))
                .body("message", notNullValue())
                .body("errors.field", hasItem(field));
    }

    @Test
    void emptyChannelListAndEmptyBodyAreRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"sku\": \"X\", \"quantity\": 1, \"unitCost\": 1, \"price\": 2, \"disposalFeePerUnit\": 0,"
                        + " \"holdingCostPerUnitDay\": 0, \"channels\": []}")
                .when().post("/v1/clearance/plans")
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("channels"));
        given().contentType(ContentType.JSON).body("")
                .when().post("/v1/clearance/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void theOpenApiDocumentCarriesTheExample() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/v1/clearance/plans'.post.requestBody.content.'application/json'.examples",
                        notNullValue())
                .body("paths.'/v1/clearance/skus/{sku}/channels'.get.responses.'404'", notNullValue())
                .body("paths.'/v1/alerts'.get", notNullValue());
    }
}
