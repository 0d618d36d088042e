package org.commonground.it;

import java.net.URI;
import java.net.URL;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** The one server of the integration suite, as {@link PlatformIT} deployed it. */
public final class Server {

    private static volatile URI base;
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private Server() {
    }

    /**
     * Reached over loopback, so the server sees 127.0.0.1, the proxy the suite's server trusts. Benchmarks call it
     * too, with an HTTPS load balancer in front: that address is kept as given (its certificate names the host).
     */
    public static void deployedAt(URL url) {
        String path = url.getPath().endsWith("/") ? url.getPath() : url.getPath() + "/";
        base = url.getProtocol().equals("https") ? URI.create("https://" + url.getHost() + ":" + url.getPort() + path)
                : URI.create("http://127.0.0.1:" + url.getPort() + path);
    }

    /** An absolute URI for a path of the application, such as {@code sign-in.xhtml}. */
    public static URI uri(String path) {
        Objects.requireNonNull(base, "the platform is not deployed: run the checks through PlatformIT");
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** An absolute URI on the server outside the application, such as {@code /health/ready}. */
    public static URI serverUri(String absolutePath) {
        Objects.requireNonNull(base, "the platform is not deployed: run the checks through PlatformIT");
        return base.resolve(absolutePath);
    }

    /** A unique word, for names and emails that no other test uses. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** A client address of its own, so sign-in throttling by address does not mix tests. */
    public static String uniqueAddress() {
        long n = SEQUENCE.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }
}
