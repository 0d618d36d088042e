package org.commonground.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static HttpServletRequest request(String remote, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equals(args[0]) ? forwardedFor : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ClientAddress trusting(String proxies) {
        ClientAddress address = new ClientAddress();
        address.trustedProxies = proxies;
        return address;
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(trusting("10.0.0.1").of(request("203.0.113.9", "1.2.3.4"))).isEqualTo("203.0.113.9");
    }

    @Test
    void believesATrustedProxyAboutTheClient() {
        assertThat(trusting("10.0.0.1").of(request("10.0.0.1", "198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheRightMostAddressThatIsNotOurProxy() {
        assertThat(trusting("10.0.0.1, 10.0.0.2").of(request("10.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void withNoProxiesConfiguredTheConnectionIsTheClient() {
        assertThat(trusting(" ").of(request("127.0.0.1", "1.2.3.4"))).isEqualTo("127.0.0.1");
    }
}
