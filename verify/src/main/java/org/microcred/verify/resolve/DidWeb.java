package org.microcred.verify.resolve;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

/**
 * The {@code did:web} method's "Read (Resolve)" mapping from a DID to the HTTPS URL of its DID
 * document (<a href="https://w3c-ccg.github.io/did-method-web/#read-resolve">did:web §3.2</a>):
 * colons become slashes, a percent-encoded port colon ({@code %3A}) is decoded, and the document
 * is {@code /.well-known/did.json} when there is no path, else {@code /path/did.json}.
 *
 * <pre>
 * did:web:w3c-ccg.github.io                 → https://w3c-ccg.github.io/.well-known/did.json
 * did:web:w3c-ccg.github.io:user:alice      → https://w3c-ccg.github.io/user/alice/did.json
 * did:web:example.com%3A3000:user:alice     → https://example.com:3000/user/alice/did.json
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DidWeb {

    /** The method prefix, {@value}. */
    public static final String PREFIX = "did:web:";

    private static final int MAX_LENGTH = 2048;

    private DidWeb() {
    }

    /**
     * @param text any text; never null
     * @return whether it starts with {@value #PREFIX}
     */
    public static boolean isDidWeb(String text) {
        return text.startsWith(PREFIX);
    }

    /**
     * Maps a did:web DID (no fragment, query or path) to its document URL.
     *
     * @param did e.g. {@code did:web:example.edu:issuers:1}; never null
     * @return the HTTPS URL of the DID document
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} naming the DID and the part at
     *     fault: not did:web, a fragment/query present, an empty or ill-formed host, a bad port, an
     *     empty, {@code .} or {@code ..} path segment, a character DID syntax does not allow
     */
    public static URI documentUrl(String did) {
        Objects.requireNonNull(did, "did");
        if (!isDidWeb(did)) {
            throw invalid(did, "it does not start with " + PREFIX);
        }
        if (did.length() > MAX_LENGTH) {
            throw invalid(did, "it is " + did.length() + " characters long; the limit is " + MAX_LENGTH);
        }
        String msid = did.substring(PREFIX.length());
        if (msid.isEmpty()) {
            throw invalid(did, "the method-specific identifier (the domain) is empty");
        }
        for (int i = 0; i < msid.length(); i++) {
            char c = msid.charAt(i);
            if (!isIdChar(c) && c != ':' && c != '%') {
                throw invalid(did, "character '" + printable(c) + "' at offset " + (PREFIX.length() + i)
                        + " is not allowed in a DID (did:web DIDs carry no fragment, query or path)");
            }
        }
        String[] segments = msid.split(":", -1);
        String authority = segments[0];
        String hostPort = authority.replace("%3A", ":").replace("%3a", ":");
        String host = hostPort;
        String port = null;
        int colon = hostPort.indexOf(':');
        if (colon >= 0) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw invalid(did, "the port '" + port + "' is not a number from 1 to 65535");
            }
        }
        checkHost(did, host);
        StringBuilder url = new StringBuilder("https://").append(host.toLowerCase(Locale.ROOT));
        if (port != null) {
            url.append(':').append(Integer.parseInt(port));
        }
        if (segments.length == 1) {
            url.append("/.well-known");
        } else {
            for (int i = 1; i < segments.length; i++) {
                String segment = segments[i];
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    throw invalid(did, "path segment " + i + " is '" + segment + "'; segments must be non-empty"
                            + " and not '.' or '..'");
                }
                checkPercentEncoding(did, segment);
                url.append('/').append(segment);
            }
        }
        url.append("/did.json");
        try {
            return new URI(url.toString());
        } catch (java.net.URISyntaxException e) {
            throw invalid(did, "it maps to an unusable URL " + url + ": " + e.getReason());
        }
    }

    private static void checkHost(String did, String host) {
        if (host.isEmpty()) {
            throw invalid(did, "the domain is empty");
        }
        if (host.length() > 253) {
            throw invalid(did, "the domain is longer than 253 characters");
        }
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || !label.matches("[A-Za-z0-9-]+")
                    || label.startsWith("-") || label.endsWith("-")) {
                throw invalid(did, "the domain '" + host + "' is not a valid host name (label '" + label
                        + "'; letters, digits and inner hyphens only, 1-63 characters)");
            }
        }
    }

    private static void checkPercentEncoding(String did, String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) == '%') {
                if (i + 2 >= segment.length() || !isHex(segment.charAt(i + 1)) || !isHex(segment.charAt(i + 2))) {
                    throw invalid(did, "path segment '" + segment + "' has a '%' not followed by two hex digits");
                }
            }
        }
    }

    private static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '_';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }

    private static MicrocredException invalid(String did, String why) {
        String shown = did.length() > 120 ? did.substring(0, 120) + "…" : did;
        StringBuilder safe = new StringBuilder();
        for (char c : shown.toCharArray()) {
            safe.append(c >= 0x20 && c < 0x7F || c == '…' ? String.valueOf(c) : printable(c));
        }
        return new MicrocredException(ErrorCode.INVALID_VALUE, "did:web DID " + safe + " cannot be resolved: " + why,
                "a did:web DID is did:web:<host>[%3A<port>][:<path segment>…]", null);
    }
}
