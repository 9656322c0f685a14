package dev.shelfwise.ingest.imports;

import java.util.List;

/**
 * What became of the rows of one import request.
 *
 * @param rows         data rows received
 * @param acceptedRows rows whose events are now durable in Kafka
 * @param ignoredRows  rows that are not sales (an unpaid WooCommerce order, a test order)
 * @param events       events written (orders, refunds or catalog entries)
 * @param rejected     every refused row with its line in the file and the reason
 */
public record ImportReport(int rows, int acceptedRows, int ignoredRows, int events, List<Rejection> rejected) {

    /** A refused row: its line in the file, its order (or SKU) when readable, and why. */
    public record Rejection(long line, String id, String reason) {
    }

    /** The refused rows as CSV ({@code line,id,reason}, no header): what a rejects file holds. */
    public String rejectsCsv() {
        StringBuilder csv = new StringBuilder();
        for (Rejection rejection : rejected) {
            csv.append(rejection.line()).append(',').append(quoted(rejection.id())).append(',')
                    .append(quoted(rejection.reason())).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }
}
