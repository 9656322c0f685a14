package dev.shelfwise.clearance.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Equal shares of spend; clicks in whole clicks, the remainder to the first SKUs, so shares add up. */
class AdSpendSplitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // skus      | spend | clicks | spend share | clicks per sku
            "A           | 100   | 400    | 100         | 400",
            "A,B         | 30    | 7      | 15          | 4,3",
            "A,B,A       | 30    | 7      | 15          | 4,3",     // a SKU named twice counts once
            "A,B,C,D     | 10    | 2      | 2.5         | 1,1,0,0",
    })
    void splitsEquallyInWholeClicks(String skus, String spend, long clicks, String share, String clicksPerSku) {
        List<AdSpendSplit.Share> shares = AdSpendSplit.split(Arrays.asList(skus.split(",")), new BigDecimal(spend),
                clicks);

        List<Long> expectedClicks = Arrays.stream(clicksPerSku.split(",")).map(Long::valueOf).toList();
        assertEquals(expectedClicks, shares.stream().map(AdSpendSplit.Share::clicks).toList());
        shares.forEach(s -> assertEquals(0, new BigDecimal(share).compareTo(s.spend()), s.sku()));
        assertEquals(clicks, shares.stream().mapToLong(AdSpendSplit.Share::clicks).sum());
    }

    @Test
    void aCampaignWithoutSkusHasNoShares() {
        assertEquals(List.of(), AdSpendSplit.split(List.of(), BigDecimal.TEN, 5));
        assertEquals(List.of(), AdSpendSplit.split(null, BigDecimal.TEN, 5));
    }
}
