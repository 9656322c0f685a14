package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.BenchSupport;
import dev.shelfwise.stack.bench.Json;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Reads of one service's REST API: the status and the JSON body of each answer. */
interface ServiceApi {

    /** An answer; {@code body} is missing when it was not JSON. */
    record Answer(int status, Json body) {
        boolean ok() {
            return status == 200;
        }
    }

    Answer get(String pathAndQuery);

    /** Several reads, in the order given (the HTTP implementation sends a few at a time). */
    default Map<String, Answer> getAll(Collection<String> paths) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        paths.forEach(path -> answers.put(path, get(path)));
        return answers;
    }

    /** Over HTTP, a few requests at a time; a connection that fails is tried again before the answer counts. */
    static ServiceApi http(String baseUrl) {
        return new Http(baseUrl);
    }

    final class Http implements ServiceApi {
        private static final int PARALLEL_READS = 4;
        private static final int ATTEMPTS = 3;
        private static final long PAUSE_MS = 500;
        private final String baseUrl;
        private final HttpClient client = BenchSupport.http();

        private Http(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        public Answer get(String pathAndQuery) {
            IOException last = null;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                try {
                    HttpResponse<String> response = client.send(BenchSupport.get(baseUrl + pathAndQuery),
                            HttpResponse.BodyHandlers.ofString());
                    Json body;
                    try {
                        body = Json.parse(response.body());
                    } catch (RuntimeException notJson) {
                        body = Json.parse("null");
                    }
                    return new Answer(response.statusCode(), body);
                } catch (IOException e) {
                    last = e;
                    Pause.millis(PAUSE_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            throw new IllegalStateException("GET " + baseUrl + pathAndQuery + " failed: " + last, last);
        }

        @Override
        public Map<String, Answer> getAll(Collection<String> paths) {
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_READS);
            try {
                List<Future<Answer>> futures = new ArrayList<>();
                paths.forEach(path -> futures.add(pool.submit(() -> get(path))));
                Map<String, Answer> answers = new LinkedHashMap<>();
                int i = 0;
                for (String path : paths) {
                    answers.put(path, futures.get(i++).get());
                }
                return answers;
            } catch (Exception e) {
                throw new IllegalStateException("reading " + baseUrl + " failed: " + e.getMessage(), e);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
