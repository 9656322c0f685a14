package dev.shelfwise.stack.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./shelfwise import orders FILE.csv --platform P --format shopify|woocommerce|shelfwise} and
 * {@code ./shelfwise import catalog FILE.csv}: streams a CSV export into order-ingest's import endpoint in parts of a
 * few thousand rows, several at once, with a progress line (rows/s, ETA), then a summary; refused rows go to a
 * rejects file with their line and reason. Running it again on the same file counts nothing twice: every order,
 * refund and product keeps its natural event id, which consumers deduplicate ({@code --from-line} skips what is known
 * to be in).
 */
public final class CsvImport {
    /** Rows per request: large enough to amortise a request, far below order-ingest's 10,000-row limit. */
    static final int DEFAULT_ROWS_PER_REQUEST = 5_000;
    /** Requests in flight: order-ingest validates one part while Kafka acknowledges another. */
    static final int DEFAULT_CONCURRENCY = 4;
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    /** Without a terminal, a progress line every few seconds instead of one line redrawn. */
    static final int PLAIN_PROGRESS_EVERY_TICKS = 5;
    static final int SUMMARY_REJECTIONS = 10;
    static final int EXIT_REJECTED_ROWS = 2;
    static final int EXIT_FAILED = 1;
    private static final Map<String, String> ORDER_KEY_COLUMN = Map.of(
            "shopify", "Name", "woocommerce", "order_id", "shelfwise", "orderId");

    /** What an import did. */
    record Result(long rows, long acceptedRows, long ignoredRows, long events, List<Rejection> rejected,
                  double seconds, Path rejectsFile) {
        double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : 0;
        }
    }

    /** A refused row: its line, and its CSV line ({@code line,id,reason}) as order-ingest wrote it. */
    record Rejection(long line, String csv) {
    }

    /** The options of one run. */
    record Options(String kind, Path file, String format, String platform, String url, String token, String timezone,
                   int rowsPerRequest, int concurrency, long fromLine, Path rejects, boolean quiet) {
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong rowsDone = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final List<Rejection> rejected = new ArrayList<>();

    CsvImport(Options options) {
        this.options = options;
    }

    public static void main(String[] argv) {
        try {
            Options options = parse(argv);
            Result result = new CsvImport(options).run(System.err);
            printSummary(options, result, System.out);
            System.exit(result.rejected().isEmpty() ? 0 : EXIT_REJECTED_ROWS);
        } catch (IllegalArgumentException e) {
            System.err.println("import: " + e.getMessage());
            System.err.println(usage());
            System.exit(EXIT_FAILED);
        } catch (Exception e) {
            System.err.println("import failed: " + e.getMessage());
            System.exit(EXIT_FAILED);
        }
    }

    static String usage() {
        return """
                usage: shelfwise import orders FILE.csv --platform P --format shopify|woocommerce|shelfwise [options]
                       shelfwise import catalog FILE.csv [--platform P] [options]
                options: --url URL (order-ingest), --token T (or SHELFWISE_IMPORT_TOKEN), --timezone ZONE (times without
                         offset, WooCommerce), --rows-per-request N, --concurrency N, --from-line N, --rejects FILE""";
    }

    static Options parse(String[] argv) {
        if (argv.length < 2 || !List.of("orders", "catalog").contains(argv[0])) {
            throw new IllegalArgumentException("say what to import: orders or catalog, and the file");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 2; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("expected --name value, not '" + argv[i] + "'");
            }
            values.put(argv[i].substring(2), argv[++i]);
        }
        String kind = argv[0];
        Path file = Path.of(argv[1]);
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        String format = values.getOrDefault("format", "shelfwise").toLowerCase(Locale.ROOT);
        if (kind.equals("orders") && !ORDER_KEY_COLUMN.containsKey(format)) {
            throw new IllegalArgumentException("--format is shopify, woocommerce or shelfwise, not " + format);
        }
        if (kind.equals("catalog") && !format.equals("shelfwise")) {
            throw new IllegalArgumentException("the catalog is imported from Shelfwise's catalog CSV only (platform "
                    + "product exports have no unit cost or launch date)");
        }
        String token = values.getOrDefault("token", System.getenv().getOrDefault("SHELFWISE_IMPORT_TOKEN", "demo-token"));
        Path rejects = Path.of(values.getOrDefault("rejects", file + ".rejects.csv"));
        return new Options(kind, file, format, values.get("platform"),
                values.getOrDefault("url", "http://127.0.0.1:8081"), token, values.getOrDefault("timezone", "UTC"),
                Integer.parseInt(values.getOrDefault("rows-per-request", String.valueOf(DEFAULT_ROWS_PER_REQUEST))),
                Integer.parseInt(values.getOrDefault("concurrency", String.valueOf(DEFAULT_CONCURRENCY))),
                Long.parseLong(values.getOrDefault("from-line", "0")), rejects, Boolean.parseBoolean(values.get("quiet")));
    }

    Result run(PrintStream progress) throws Exception {
        long size = Files.size(options.file());
        long started = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(options.concurrency());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        boolean terminal = System.console() != null;
        AtomicLong ticks = new AtomicLong();
        if (!options.quiet()) {
            ticker.scheduleAtFixedRate(() -> {
                if (terminal || ticks.incrementAndGet() % PLAIN_PROGRESS_EVERY_TICKS == 0) {
                    progress.print((terminal ? "\r" : "") + progressLine(size, started) + (terminal ? "" : "\n"));
                    progress.flush();
                }
            }, PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
        // bounds the parts held in memory: read ahead only as far as the senders can take
        Semaphore inFlight = new Semaphore(options.concurrency() * 2);
        List<Future<?>> sent = new ArrayList<>();
        try (Reader reader = new InputStreamReader(counting(Files.newInputStream(options.file())), StandardCharsets.UTF_8)) {
            CsvChunks chunks = new CsvChunks(reader, options.kind().equals("orders") ? ORDER_KEY_COLUMN.get(options.format())
                    : null, options.rowsPerRequest(), options.fromLine());
            for (CsvChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                inFlight.acquire();
                CsvChunks.Chunk part = chunk;
                sent.add(senders.submit(() -> {
                    try {
                        send(part);
                        return null;
                    } finally {
                        inFlight.release();
                    }
                }));
                failFast(sent);
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            senders.shutdownNow();
            ticker.shutdownNow();
            if (!options.quiet()) {
                progress.print((terminal ? "\r" : "") + progressLine(size, started) + "\n");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Rejection> sorted = rejected.stream().sorted(Comparator.comparingLong(Rejection::line)).toList();
        Path rejectsFile = sorted.isEmpty() ? null : writeRejects(sorted);
        if (sorted.isEmpty()) {
            Files.deleteIfExists(options.rejects());
        }
        return new Result(rowsDone.get(), accepted.get(), ignored.get(), events.get(), sorted, seconds, rejectsFile);
    }

    /** Stops at the first part that could not be imported at all, rather than after the whole file. */
    private static void failFast(List<Future<?>> sent) throws Exception {
        for (Future<?> future : sent) {
            if (future.isDone()) {
                future.get();
            }
        }
        sent.removeIf(Future::isDone);
    }

    private InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int read = super.read(b, off, len);
                if (read > 0) {
                    bytesRead.addAndGet(read);
                }
                return read;
            }
        };
    }

    private void send(CsvChunks.Chunk chunk) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint(chunk.firstLine())))
                .header("Authorization", "Bearer " + options.token())
                .header("Content-Type", "text/csv; charset=utf-8")
                // the refused rows as CSV, ready for the rejects file; the counts in headers
                .header("Accept", "text/csv, application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(chunk.text(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> answer = PatientCalls.send(http, request, "order-ingest at " + options.url());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("order-ingest answered " + answer.statusCode() + " to the rows from line "
                    + chunk.firstLine() + ": " + answer.body());
        }
        record(answer);
    }

    private String endpoint(long firstLine) {
        StringBuilder url = new StringBuilder(options.url()).append("/v1/imports/");
        url.append(options.kind().equals("orders") ? options.format() + "/orders" : "catalog");
        url.append("?firstLine=").append(firstLine);
        if (options.platform() != null) {
            url.append("&platform=").append(URLEncoder.encode(options.platform(), StandardCharsets.UTF_8));
        }
        if (options.kind().equals("orders")) {
            url.append("&timezone=").append(URLEncoder.encode(options.timezone(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    private void record(HttpResponse<String> answer) {
        rowsDone.addAndGet(count(answer, "Shelfwise-Rows"));
        accepted.addAndGet(count(answer, "Shelfwise-Accepted-Rows"));
        ignored.addAndGet(count(answer, "Shelfwise-Ignored-Rows"));
        events.addAndGet(count(answer, "Shelfwise-Events"));
        List<Rejection> refused = new ArrayList<>();
        for (String line : answer.body().split("\n")) {
            if (!line.isBlank()) {
                refused.add(new Rejection(Long.parseLong(line.substring(0, line.indexOf(','))), line));
            }
        }
        synchronized (rejected) {
            rejected.addAll(refused);
        }
    }

    private static long count(HttpResponse<String> answer, String header) {
        return answer.headers().firstValueAsLong(header).orElseThrow(() -> new IllegalStateException(
                "order-ingest's answer has no " + header + ": is it older than the import endpoint?"));
    }

    private String progressLine(long size, long started) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        long rows = rowsDone.get();
        double share = size == 0 ? 1 : Math.min(1, (double) bytesRead.get() / size);
        double rate = rows / seconds;
        // the file is read ahead of the answers by the parts in flight: the ETA counts from the bytes read
        long eta = share > 0 ? Math.round(seconds / share - seconds) : -1;
        return String.format(Locale.ROOT, "  %,d rows (%d %%)  %,.0f rows/s  ETA %s  rejected %,d",
                rows, Math.round(share * 100), rate, eta < 0 ? "?" : clock(eta), rejected.size());
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private Path writeRejects(List<Rejection> rejections) throws IOException {
        try (Writer out = Files.newBufferedWriter(options.rejects(), StandardCharsets.UTF_8)) {
            out.write("line,id,reason\n");
            for (Rejection rejection : rejections) {
                out.write(rejection.csv() + "\n");
            }
        }
        return options.rejects();
    }

    static void printSummary(Options options, Result result, PrintStream out) {
        out.printf(Locale.ROOT, "imported %s %s (%s%s) in %.1f s: %,d rows, %,d accepted, %,d not sales (skipped), "
                        + "%,d rejected; %,d events written; %,.0f rows/s%n",
                options.kind(), options.file(), options.kind().equals("orders") ? "format " + options.format() : "catalog",
                options.platform() == null ? "" : ", platform " + options.platform(), result.seconds(), result.rows(),
                result.acceptedRows(), result.ignoredRows(), result.rejected().size(), result.events(), result.rowsPerSecond());
        if (!result.rejected().isEmpty()) {
            out.printf("rejected rows (line,id,reason) are in %s; the first:%n", result.rejectsFile());
            result.rejected().stream().limit(SUMMARY_REJECTIONS).forEach(rejection -> out.println("  " + rejection.csv()));
        }
        out.println("running it again counts nothing twice: orders, refunds and products keep their ids, which "
                + "Shelfwise deduplicates");
    }
}
