package org.microcred.verify.fetch;

import java.net.InetAddress;

/**
 * What kind of address a host resolved to, for the private-address rule of
 * {@link HttpsDocumentFetcher}. IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible
 * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::/96}) and 6to4 ({@code 2002::/16}) IPv6 addresses are
 * classified by the IPv4 address they carry.
 */
enum AddressKind {
    /** A globally routable address. */
    PUBLIC("a public"),
    /** 127.0.0.0/8, ::1. */
    LOOPBACK("a loopback"),
    /** 10/8, 172.16/12, 192.168/16, 100.64/10 (shared CGNAT space), fec0::/10 (deprecated site-local). */
    PRIVATE("a private"),
    /** 169.254/16 (includes cloud metadata endpoints), fe80::/10. */
    LINK_LOCAL("a link-local"),
    /** fc00::/7. */
    UNIQUE_LOCAL("a unique-local"),
    /** 224/4, ff00::/8. */
    MULTICAST("a multicast"),
    /** 0.0.0.0/8, ::. */
    UNSPECIFIED("an unspecified (0.0.0.0 / ::)"),
    /** 240/4 and broadcast, documentation and benchmarking ranges, 192.0.0/24, 2001:db8::/32, 100::/64. */
    RESERVED("a reserved");

    private final String article;

    AddressKind(String article) {
        this.article = article;
    }

    /** @return e.g. "a loopback", for messages */
    String describe() {
        return article + " address";
    }

    static AddressKind classify(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? classifyV4(b, 0) : classifyV6(b);
    }

    private static AddressKind classifyV4(byte[] bytes, int offset) {
        int a = bytes[offset] & 0xff;
        int b = bytes[offset + 1] & 0xff;
        int c = bytes[offset + 2] & 0xff;
        if (a == 0) {
            return UNSPECIFIED;
        }
        if (a == 127) {
            return LOOPBACK;
        }
        if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 100 && b >= 64 && b <= 127)) {
            return PRIVATE;
        }
        if (a == 169 && b == 254) {
            return LINK_LOCAL;
        }
        if (a >= 224 && a <= 239) {
            return MULTICAST;
        }
        if (a >= 240) {
            return RESERVED;
        }
        if ((a == 192 && b == 0 && (c == 0 || c == 2)) || (a == 198 && b == 51 && c == 100)
                || (a == 203 && b == 0 && c == 113) || (a == 198 && (b == 18 || b == 19))) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static AddressKind classifyV6(byte[] b) {
        boolean first10Zero = true;
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                first10Zero = false;
                break;
            }
        }
        if (first10Zero) {
            int w5 = (b[10] & 0xff) << 8 | (b[11] & 0xff);
            if (w5 == 0xffff) {
                return classifyV4(b, 12); // ::ffff:a.b.c.d
            }
            if (w5 == 0) {
                boolean allZero = b[12] == 0 && b[13] == 0 && b[14] == 0;
                if (allZero && b[15] == 0) {
                    return UNSPECIFIED;
                }
                if (allZero && b[15] == 1) {
                    return LOOPBACK;
                }
                return classifyV4(b, 12); // deprecated IPv4-compatible ::a.b.c.d
            }
        }
        int w0 = (b[0] & 0xff) << 8 | (b[1] & 0xff);
        int w1 = (b[2] & 0xff) << 8 | (b[3] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b && zero(b, 4, 12)) {
            return classifyV4(b, 12); // NAT64 64:ff9b::/96
        }
        if (w0 == 0x2002) {
            return classifyV4(b, 2); // 6to4
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return UNIQUE_LOCAL;
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return LINK_LOCAL;
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return PRIVATE;
        }
        if ((b[0] & 0xff) == 0xff) {
            return MULTICAST;
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return RESERVED;
        }
        if (w0 == 0x0100 && zero(b, 2, 8)) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
