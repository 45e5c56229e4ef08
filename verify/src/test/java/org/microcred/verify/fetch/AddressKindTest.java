package org.microcred.verify.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressKindTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "8.8.8.8, PUBLIC",
        "93.184.216.34, PUBLIC",
        "172.15.255.255, PUBLIC",
        "172.32.0.1, PUBLIC",
        "100.63.255.255, PUBLIC",
        "192.169.0.1, PUBLIC",
        "127.0.0.1, LOOPBACK",
        "127.255.255.254, LOOPBACK",
        "10.0.0.1, PRIVATE",
        "10.255.255.255, PRIVATE",
        "172.16.0.1, PRIVATE",
        "172.31.255.255, PRIVATE",
        "192.168.1.1, PRIVATE",
        "100.64.0.1, PRIVATE",
        "169.254.169.254, LINK_LOCAL",
        "224.0.0.1, MULTICAST",
        "239.255.255.250, MULTICAST",
        "0.0.0.0, UNSPECIFIED",
        "0.1.2.3, UNSPECIFIED",
        "255.255.255.255, RESERVED",
        "240.0.0.1, RESERVED",
        "192.0.2.1, RESERVED",
        "198.18.0.1, RESERVED",
        "203.0.113.9, RESERVED",
        "2606:4700:4700::1111, PUBLIC",
        "2001:4860:4860::8888, PUBLIC",
        "::1, LOOPBACK",
        "::, UNSPECIFIED",
        "fc00::1, UNIQUE_LOCAL",
        "fd12:3456:789a::1, UNIQUE_LOCAL",
        "fe80::1, LINK_LOCAL",
        "febf:ffff::1, LINK_LOCAL",
        "fec0::1, PRIVATE",
        "ff02::1, MULTICAST",
        "2001:db8::1, RESERVED",
        "::ffff:127.0.0.1, LOOPBACK",
        "::ffff:10.1.2.3, PRIVATE",
        "::ffff:8.8.8.8, PUBLIC",
        "::127.0.0.1, LOOPBACK",
        "64:ff9b::a9fe:a9fe, LINK_LOCAL",
        "64:ff9b::808:808, PUBLIC",
        "2002:c0a8:0101::1, PRIVATE",
        "2002:0808:0808::1, PUBLIC"})
    void classifiesAddressLiterals(String literal, AddressKind expected) throws UnknownHostException {
        assertEquals(expected, AddressKind.classify(InetAddress.getByName(literal)));
    }

    /** Java turns ::ffff:a.b.c.d literals into Inet4Address; a raw 16-byte form must be classified the same. */
    @Test
    void ipv4MappedAddressesKeptAsIpv6AreClassifiedByTheirIpv4Part() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 127;
        mapped[15] = 1;
        assertEquals(AddressKind.LOOPBACK, AddressKind.classify(Inet6Address.getByAddress(null, mapped, -1)));
        mapped[12] = (byte) 192;
        mapped[13] = (byte) 168;
        assertEquals(AddressKind.PRIVATE, AddressKind.classify(Inet6Address.getByAddress(null, mapped, -1)));
    }
}
