package org.commonground.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the person's browser. Behind a load balancer the connection comes
 * from the balancer, which names the client in X-Forwarded-For; that header is
 * believed only when the connection comes from a configured trusted proxy
 * ({@code commonground.http.trusted-proxies}), or anyone could forge it.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "commonground.http.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private Set<String> trusted;

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        Set<String> proxies = trusted();
        if (!proxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        // The right-most address that is not one of our own proxies is the client.
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return Optional.of(hops).filter(h -> !h.isEmpty()).map(h -> h.get(0)).orElse(remote);
    }

    private Set<String> trusted() {
        if (trusted == null) {
            trusted = Arrays.stream(trustedProxies.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return trusted;
    }
}
