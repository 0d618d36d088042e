package org.commonground.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Values placed in the query strings of redirects. */
public final class Urls {

    private Urls() {
    }

    /** A value encoded for a query string; null becomes empty. */
    public static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
