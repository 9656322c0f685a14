package dev.shelfwise.stack.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The import benchmark (issue 10, target ≥ 20,000 rows/s): writes a year of orders as a Shelfwise-format CSV of
 * {@code --rows} rows (one per order line, 1–3 lines per order), imports it through order-ingest as
 * {@code ./shelfwise import orders} does, and writes the measured rate to {@code <out>/import.json}.
 * Usage: {@code ImportBenchmark --out bench/results --work DIR [--rows 1000000] [--url U] [--token T]
 * [--id-prefix BO] [--cpu-of order-ingest=PID,kafka=PID]}.
 */
public final class ImportBenchmark {
    static final int DEFAULT_ROWS = 1_000_000;
    static final String DEFAULT_ID_PREFIX = "BO";
    static final int TARGET_ROWS_PER_SECOND = 20_000;
    static final long SEED = 10;
    static final int CATEGORIES = 20;
    static final int SKUS_PER_CATEGORY = 100;
    static final int CUSTOMERS = 100_000;
    static final int MAX_LINES_PER_ORDER = 3;
    /** The year of history: 2025, entirely in the past, as an import is. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final int DAYS = 365;
    static final int SECONDS_PER_DAY = 86_400;
    static final int WRITE_BUFFER = 1 << 20;
    /** USER_HZ: /proc counts CPU time in hundredths of a second on Linux. */
    static final int CLOCK_TICKS = 100;
    /** One order in ten used a coupon: 10 % off its lines. */
    static final int COUPON_ONE_IN = 10;
    /** Unit cost at 45 % of the price. */
    static final int COST_PERCENT = 45;
    static final int MAX_QUANTITY = 3;

    private ImportBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        int rows = Integer.parseInt(args.getOrDefault("rows", String.valueOf(DEFAULT_ROWS)));
        Path out = Path.of(args.getOrDefault("out", "bench/results"));
        Path work = Path.of(args.getOrDefault("work", out.resolve("work").toString()));
        Files.createDirectories(work);
        // another prefix makes other order ids: a first import again rather than a re-import of known orders
        String prefix = args.getOrDefault("id-prefix", DEFAULT_ID_PREFIX);
        Path file = work.resolve("import-" + rows + "-" + prefix + ".csv");
        long generated = System.nanoTime();
        if (!Files.exists(file)) {
            System.out.printf("writing %,d rows to %s...%n", rows, file);
            generate(file, rows, prefix);
        }
        double generateSeconds = (System.nanoTime() - generated) / 1e9;
        String loadBefore = loadAverage();
        // CPU of the processes doing the work: on a loaded machine the wall-clock rate says little on its own
        Map<String, Long> watched = pids(args.getOrDefault("cpu-of", ""));
        Map<String, Double> cpuBefore = cpuSeconds(watched);
        double clientCpuBefore = clientCpuSeconds();
        CsvImport.Options options = new CsvImport.Options("orders", file, "shelfwise", args.get("platform"),
                args.getOrDefault("url", "http://127.0.0.1:8081"), args.getOrDefault("token", "demo-token"), "UTC",
                Integer.parseInt(args.getOrDefault("rows-per-request", String.valueOf(CsvImport.DEFAULT_ROWS_PER_REQUEST))),
                Integer.parseInt(args.getOrDefault("concurrency", String.valueOf(CsvImport.DEFAULT_CONCURRENCY))),
                0, work.resolve("import.rejects.csv"), false);
        System.out.println("importing...");
        CsvImport.Result result = new CsvImport(options).run(System.out);
        CsvImport.printSummary(options, result, System.out);
        Map<String, Double> cpuAfter = cpuSeconds(watched);
        Map<String, Object> cpu = new LinkedHashMap<>();
        double cpuTotal = clientCpuSeconds() - clientCpuBefore;
        cpu.put("import client", round1(cpuTotal));
        for (String name : watched.keySet()) {
            double used = cpuAfter.get(name) - cpuBefore.get(name);
            cpu.put(name, round1(used));
            cpuTotal += used;
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("scenario", "import");
        report.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("loadAverageAtStart", loadBefore);
        report.put("loadAverageAtEnd", loadAverage());
        report.put("file", "Shelfwise orders CSV (order ids " + prefix + "-n), " + rows + " rows (one per order line, 1-3 lines per order), "
                + Files.size(file) + " bytes, generated in " + Math.round(generateSeconds) + " s (not timed)");
        report.put("rows", result.rows());
        report.put("acceptedRows", result.acceptedRows());
        report.put("rejectedRows", result.rejected().size());
        report.put("eventsWritten", result.events());
        report.put("seconds", Math.round(result.seconds() * 10) / 10.0);
        report.put("rowsPerSec", Math.round(result.rowsPerSecond()));
        report.put("targetRowsPerSec", TARGET_ROWS_PER_SECOND);
        report.put("cpuSeconds", cpu.toString());
        report.put("rowsPerCpuSecond", Math.round(result.rows() / Math.max(cpuTotal, 1e-3)));
        report.put("met", result.rowsPerSecond() >= TARGET_ROWS_PER_SECOND);
        report.put("rowsPerRequest", options.rowsPerRequest());
        report.put("concurrency", options.concurrency());
        report.put("method", "CsvImport (./shelfwise import orders FILE --format shelfwise) against the packaged "
                + "order-ingest of a running stack: read, split, POST /v1/imports/shelfwise/orders, parse, validate, "
                + "write with acks=all; the clock runs from opening the file to the last acknowledged part");
        Files.createDirectories(out);
        Files.writeString(out.resolve("import.json"), json(report));
        System.out.println("  wrote " + out.resolve("import.json"));
    }

    /** A seeded year of orders: the same file for the same row count. */
    static void generate(Path file, int rows, String prefix) throws IOException {
        Random random = new Random(SEED);
        try (OutputStream stream = Files.newOutputStream(file);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), WRITE_BUFFER)) {
            out.write("orderId,customerId,placedAt,currency,channel,sku,category,quantity,unitPrice,unitCost,discount\n");
            int written = 0;
            for (long order = 1; written < rows; order++) {
                int lines = Math.min(rows - written, 1 + random.nextInt(MAX_LINES_PER_ORDER));
                String customer = "BC-" + random.nextInt(CUSTOMERS);
                String placedAt = FIRST_DAY.atStartOfDay().plusSeconds((long) random.nextInt(DAYS) * SECONDS_PER_DAY
                        + random.nextInt(SECONDS_PER_DAY)).atOffset(ZoneOffset.UTC).toString();
                String channel = random.nextInt(COUPON_ONE_IN) == 0 ? "onsite:coupon" : "onsite";
                int category = random.nextInt(CATEGORIES);
                int firstSku = random.nextInt(SKUS_PER_CATEGORY);
                for (int line = 0; line < lines; line++) {
                    int sku = (firstSku + line) % SKUS_PER_CATEGORY;
                    // prices spread over 1.99–99.99 by SKU
                    int cents = 199 + (category * SKUS_PER_CATEGORY + sku) * 37 % 9_800;
                    String discount = channel.equals("onsite") ? "" : money(cents / COUPON_ONE_IN);
                    out.write(prefix + "-" + order + "," + customer + "," + placedAt + ",USD," + channel + ",BS-" + category + "-" + sku
                            + ",bench-" + category + "," + (1 + random.nextInt(MAX_QUANTITY)) + "," + money(cents) + ","
                            + money(cents * COST_PERCENT / 100) + "," + discount + "\n");
                }
                written += lines;
            }
        }
    }

    /** A flat JSON object of strings, numbers and booleans, one field a line. */
    static String json(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder("{\n");
        fields.forEach((name, value) -> json.append("  \"").append(name).append("\": ")
                .append(value instanceof String text ? "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value)
                .append(",\n"));
        json.setLength(json.length() - 2);
        return json.append("\n}\n").toString();
    }

    /** {@code name=pid,name=pid}. */
    private static Map<String, Long> pids(String list) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            String[] nameAndPid = entry.split("=");
            if (nameAndPid.length == 2 && !nameAndPid[1].isBlank()) {
                pids.put(nameAndPid[0], Long.parseLong(nameAndPid[1].strip()));
            }
        }
        return pids;
    }

    /** User + system CPU seconds of each process, from /proc/PID/stat (fields 14 and 15, in clock ticks). */
    private static Map<String, Double> cpuSeconds(Map<String, Long> pids) throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Map.Entry<String, Long> pid : pids.entrySet()) {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid.getValue()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ", field 3 (state) is index 0: utime is field 14, stime 15
            seconds.put(pid.getKey(), (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS);
        }
        return seconds;
    }

    private static double clientCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String money(int cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
