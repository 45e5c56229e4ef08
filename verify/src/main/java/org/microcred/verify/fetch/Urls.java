package org.microcred.verify.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL parsing and the normal form used as a lookup key (no fragment, lower-case scheme and host). */
final class Urls {

    private Urls() {
    }

    static URI parse(String url) {
        if (url == null) {
            throw new NullPointerException("url");
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            URI placeholder = URI.create("invalid:url");
            throw new FetchException(FetchFailure.INVALID_URL, placeholder,
                    "not a valid URL: \"" + url + "\" (" + e.getReason() + ")", null, e);
        }
    }

    /**
     * The lookup key of a URL a caller asked a fetcher for.
     *
     * @throws FetchException {@link FetchFailure#INVALID_URL} when not absolute or not hierarchical
     */
    static URI requestKey(URI uri) {
        try {
            return key(uri);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchFailure.INVALID_URL, uri, "not an absolute URL: " + uri, null, e);
        }
    }

    /**
     * @return the URL without fragment, scheme and host lower-cased
     * @throws IllegalArgumentException when not absolute or not hierarchical
     */
    static URI key(URI uri) {
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw new IllegalArgumentException("not an absolute URL: " + uri);
        }
        try {
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            String authority = uri.getRawAuthority();
            if (host != null) {
                authority = (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@") + host
                        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            }
            StringBuilder s = new StringBuilder(uri.getScheme().toLowerCase(Locale.ROOT)).append(':');
            if (authority != null) {
                s.append("//").append(authority);
            }
            if (uri.getRawPath() != null) {
                s.append(uri.getRawPath());
            }
            if (uri.getRawQuery() != null) {
                s.append('?').append(uri.getRawQuery());
            }
            return new URI(s.toString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + uri, e);
        }
    }
}
