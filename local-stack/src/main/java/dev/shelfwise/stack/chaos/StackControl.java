package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.BenchSupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The faults, injected through {@code ./shelfwise} itself (kill -9 a service, stop the broker or PostgreSQL, start
 * them again), so the suites drive the stack exactly as an operator would. The script finds the chaos stack through
 * the environment {@code ./shelfwise chaos} exported; its output goes to the control log.
 */
final class StackControl {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);

    private final Path script;
    private final Path log;
    private final HttpClient http = BenchSupport.http();
    private volatile Process running;

    StackControl(Path script, Path log) {
        this.script = script;
        this.log = log;
    }

    void killService(String service) {
        run("service", "kill", service);
    }

    /** Starts the same build of the services again and returns once all are ready. */
    void startServices(List<String> services) {
        List<String> args = new ArrayList<>(List.of("service", "start"));
        args.addAll(services);
        run(args.toArray(String[]::new));
    }

    void stopBroker() {
        run("kafka", "stop");
    }

    /** Returns once the broker answers and its topics exist. */
    void startBroker() {
        run("kafka", "start");
    }

    void stopDatabase() {
        run("postgres", "stop");
    }

    void startDatabase() {
        run("postgres", "start");
    }

    /** Whether {@code /q/health/ready} answers 200 (UP) within a short timeout. */
    boolean ready(String serviceUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + "/q/health/ready")).timeout(READY_TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    void note(String line) {
        try {
            Files.writeString(log, Instant.now() + " " + line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("cannot write " + log + ": " + e.getMessage());
        }
    }

    /** Stops a command still running (the run was interrupted), so it cannot start anything after the stack is down. */
    void abort() {
        Process process = running;
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized void run(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        note("$ shelfwise " + String.join(" ", args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            running = process;
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("shelfwise " + String.join(" ", args) + " did not finish in " + COMMAND_TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("shelfwise " + String.join(" ", args) + " failed (exit " + process.exitValue()
                        + "), see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            running = null;
        }
    }
}
