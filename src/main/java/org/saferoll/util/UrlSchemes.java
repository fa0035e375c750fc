package org.saferoll.util;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a URL's scheme the way a browser does: ASCII whitespace and control characters are
 * dropped wherever they are, and case does not matter, so {@code JaVa&#x09;Script:} is
 * {@code javascript:}. Entities must already be decoded.
 */
public final class UrlSchemes {
    private UrlSchemes() {
    }

    /** The URL's scheme in lower case when it is not one of {@code allowed}; empty for relative URLs. */
    public static Optional<String> disallowed(String url, Set<String> allowed) {
        StringBuilder plain = new StringBuilder();
        url.codePoints().filter(c -> c > 0x20 && c != 0x7f).forEach(plain::appendCodePoint);
        String u = plain.toString();
        int colon = u.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = u.substring(0, colon);
        if (scheme.contains("/") || scheme.contains("?") || scheme.contains("#")) {
            return Optional.empty(); // the colon is in a path, query or fragment: a relative URL
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        return allowed.contains(scheme) ? Optional.empty() : Optional.of(scheme);
    }
}
