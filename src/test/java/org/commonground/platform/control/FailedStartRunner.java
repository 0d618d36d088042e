package org.commonground.platform.control;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A JVM that behaves like Payara Micro after a failed deployment: a non-daemon thread
 * keeps it alive; with "hung-shutdown" a shutdown hook never finishes either.
 */
public final class FailedStartRunner {

    private FailedStartRunner() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        if (args.length > 0 && args[0].equals("hung-shutdown")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        Thread server = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "server");
        server.start();
        StartupGuard.stop("org.example.FirstThing", new IllegalStateException("start-up step failed",
                new SQLException("connection refused")), Duration.ofSeconds(2));
        server.join();
    }
}
