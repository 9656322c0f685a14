package dev.shelfwise.stack.bench;

import org.apache.kafka.common.utils.AppInfoParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark suite's steps, run one by one by {@code ./shelfwise bench} (which starts and stops the services
 * between them). Usage: {@code Bench STEP --out bench/results [options]}; steps: {@code meta}, {@code ingest},
 * {@code freshness}, {@code replay-produce}, {@code replay-tpcds-produce}, {@code position}, {@code replay-wait}, {@code queries-prepare},
 * {@code queries}, {@code footprint}, {@code report}, {@code check}.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            throw new IllegalArgumentException("usage: Bench STEP --out DIR [options]");
        }
        Args args = new Args(java.util.Arrays.copyOfRange(argv, 1, argv.length));
        switch (argv[0]) {
            case "meta" -> meta(args);
            case "ingest" -> IngestScenario.run(args);
            case "freshness" -> FreshnessScenario.run(args);
            case "replay-produce" -> ReplayScenario.produce(args);
            case "replay-tpcds-produce" -> TpcdsReplay.produce(args);
            case "position" -> ReplayScenario.position(args);
            case "replay-wait" -> ReplayScenario.await(args);
            case "queries-prepare" -> QueryScenario.prepare(args);
            case "queries" -> QueryScenario.run(args);
            case "footprint" -> footprint(args);
            case "report" -> Report.write(args);
            case "check" -> check(args);
            default -> throw new IllegalArgumentException("unknown step " + argv[0]);
        }
    }

    /** The machine and versions, and the load average at the start of the run. */
    static void meta(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("scenario", "meta");
        meta.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        meta.put("mode", args.get("mode", "default"));
        meta.put("cores", Runtime.getRuntime().availableProcessors());
        meta.put("cpu", cpuModel());
        meta.put("memoryGiB", BenchSupport.round1(memTotalKb() / 1024.0 / 1024.0));
        meta.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        meta.put("kafka", AppInfoParser.getVersion());
        meta.put("quarkus", args.get("quarkus", "3.33.2"));
        meta.put("postgresql", postgresVersion(args.get("db-url", null)));
        meta.put("loadAverageAtStart", BenchSupport.loadAverage());
        meta.put("loadWaitedFor", args.get("load-waited", "not waited"));
        meta.put("serviceJvm", "services: java " + args.get("service-jvm", "(flags not given)")
                + " -jar quarkus-run.jar; broker: -Xms256m -Xmx1g; load generator: -Xmx1g");
        meta.put("ports", args.get("ports", ""));
        BenchSupport.writeResult(out, "meta", meta);
    }

    private static String postgresVersion(String url) {
        if (url == null) {
            return "unknown";
        }
        try (Connection connection = DriverManager.getConnection(url + "postgres", "postgres", "");
             ResultSet rows = connection.createStatement().executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1) + " (embedded, io.zonky.test)";
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static long memTotalKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return 0;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown";
    }

    /**
     * Peak RSS per process from the sampler's lines {@code epochMillis phase name pid VmRSS(kB) VmHWM(kB)}: the
     * highest sample, and the kernel's own high-water mark (VmHWM) of each process of that name.
     */
    static void footprint(Args args) throws IOException {
        Path out = Path.of(args.required("out"));
        Path samples = Path.of(args.required("samples"));
        Map<String, long[]> peak = new TreeMap<>(); // name -> {max rss, max hwm, samples}
        Map<String, Map<String, Long>> byPhase = new TreeMap<>();
        for (String line : Files.exists(samples) ? Files.readAllLines(samples) : List.<String>of()) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 6 || f[0].startsWith("#")) {
                continue;
            }
            String name = f[2];
            long rss = Long.parseLong(f[4]);
            long hwm = Long.parseLong(f[5]);
            long[] p = peak.computeIfAbsent(name, n -> new long[3]);
            p[0] = Math.max(p[0], rss);
            p[1] = Math.max(p[1], hwm);
            p[2]++;
            byPhase.computeIfAbsent(name, n -> new TreeMap<>()).merge(f[1], rss / 1024, Math::max);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        peak.forEach((name, p) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("process", name);
            row.put("peakRssMiB", p[0] / 1024);
            row.put("peakHwmMiB", p[1] / 1024);
            row.put("samples", p[2]);
            row.put("peakRssMiBByPhase", byPhase.get(name));
            boolean service = !name.equals("kafka") && !name.equals("postgres");
            row.put("withinTarget", service ? Math.max(p[0], p[1]) / 1024 <= 300 : null);
            rows.add(row);
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", "footprint");
        result.put("method", "VmRSS and VmHWM of each process (by its PID file) from /proc/<pid>/status, sampled every second"
                + " through all scenarios; postgres is the embedded launcher JVM only, not the PostgreSQL server processes");
        result.put("processes", rows);
        result.put("target", Map.of("peakRssMiBPerService", 300));
        BenchSupport.writeResult(out, "footprint", result);
        rows.forEach(row -> System.out.printf("  %-18s peak RSS %4d MiB (VmHWM %4d MiB)%n", row.get("process"),
                row.get("peakRssMiB"), row.get("peakHwmMiB")));
    }

    /** The smoke run's only assertion: every scenario ran and left a readable results file. */
    static void check(Args args) {
        Path out = Path.of(args.required("out"));
        int passed = 0;
        int failed = 0;
        for (String name : args.list("expect")) {
            Json result;
            try {
                result = BenchSupport.readResult(out, name);
            } catch (RuntimeException e) {
                result = null;
            }
            if (result != null && result.has("scenario")) {
                passed++;
                System.out.println("PASS bench results " + name + ".json");
            } else {
                failed++;
                System.out.println("FAIL bench results " + name + ".json missing or unreadable");
            }
        }
        System.out.println(passed + " passed, " + failed + " failed");
        if (failed > 0) {
            System.exit(1);
        }
    }
}
