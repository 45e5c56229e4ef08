package org.microcred.verify.ob2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PemAndDatesTest {

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----";
    }

    @Test
    void spkiRsaAndEc() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        PublicKey r = rsa.generateKeyPair().getPublic();
        assertEquals(r, Pem.read(pem("PUBLIC KEY", r.getEncoded())).toPublicKey());
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        PublicKey e = ec.generateKeyPair().getPublic();
        assertEquals(e, Pem.read("\n  " + pem("PUBLIC KEY", e.getEncoded()) + "\n").toPublicKey());
    }

    @Test
    void pkcs1RsaPublicKey() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        byte[] spki = pair.getPublic().getEncoded();
        // A 2048-bit SPKI is a 24-byte header (SEQUENCE, AlgorithmIdentifier, BIT STRING + unused-bits byte) + PKCS#1.
        byte[] pkcs1 = Arrays.copyOfRange(spki, 24, spki.length);
        assertEquals(0x30, pkcs1[0] & 0xff);
        assertEquals(pair.getPublic(), Pem.read(pem("RSA PUBLIC KEY", pkcs1)).toPublicKey());
    }

    @Test
    void refusals() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        byte[] weak = rsa.generateKeyPair().getPublic().getEncoded();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Pem.read(pem("PUBLIC KEY", weak)))
                .getMessage().contains("1024 bits"));
        assertThrows(IllegalArgumentException.class, () -> Pem.read("MIIBIjANBgkq"));
        assertThrows(IllegalArgumentException.class, () -> Pem.read("-----BEGIN PUBLIC KEY-----\nAAAA\n"));
        assertThrows(IllegalArgumentException.class, () -> Pem.read("-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----"));
        assertThrows(IllegalArgumentException.class, () -> Pem.read(pem("PUBLIC KEY", new byte[] {1, 2, 3})));
        assertThrows(IllegalArgumentException.class, () -> Pem.read("x".repeat(20_000)));
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp384r1"));
        byte[] p384 = ec.generateKeyPair().getPublic().getEncoded();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Pem.read(pem("PUBLIC KEY", p384)))
                .getMessage().contains("P-256"));
    }

    @ParameterizedTest
    @CsvSource({
        "2016-12-31T23:59:59+00:00, 2016-12-31T23:59:59Z",
        "2016-12-31T23:59:59Z, 2016-12-31T23:59:59Z",
        "2016-12-31T23:59:59.123456Z, 2016-12-31T23:59:59.123456Z",
        "2017-01-01T01:59:59+0200, 2016-12-31T23:59:59Z",
        "2017-01-01T01:59:59+02, 2016-12-31T23:59:59Z",
        "2016-12-31T18:59:59-05:00, 2016-12-31T23:59:59Z"})
    void dateTimesWithZone(String text, String instant) {
        Dates.Read read = Dates.read(TextNode.valueOf(text)).orElseThrow();
        assertEquals(Instant.parse(instant), read.instant());
        assertEquals(Optional.empty(), read.warning());
    }

    @Test
    void legacyFormsWarn() {
        assertEquals(Instant.parse("2016-12-31T23:59:59Z"), Dates.read(TextNode.valueOf("2016-12-31T23:59:59")).orElseThrow().instant());
        assertTrue(Dates.read(TextNode.valueOf("2016-12-31")).orElseThrow().warning().isPresent());
        Dates.Read unix = Dates.read(IntNode.valueOf(1_483_228_799)).orElseThrow();
        assertEquals(Instant.parse("2016-12-31T23:59:59Z"), unix.instant());
        assertTrue(unix.warning().orElseThrow().contains("Unix"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2016-13-01T00:00:00Z", "31/12/2016", "2016-12-31T25:00:00Z"})
    void notDateTimes(String text) {
        assertEquals(Optional.empty(), Dates.read(TextNode.valueOf(text)));
    }

    @Test
    void builderChecksItsArguments() {
        assertThrows(IllegalArgumentException.class, () -> Ob2Verifier.builder().clockSkew(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> Ob2Verifier.builder().clockSkew(Duration.ofDays(2)));
        assertThrows(NullPointerException.class, () -> Ob2Verifier.builder().fetcher(null));
        assertThrows(NullPointerException.class, () -> Ob2Verifier.builder().build().verify((String) null));
        Ob2Verifier v = Ob2Verifier.builder().clockSkew(Duration.ofSeconds(30)).strictRevocationList(true).build();
        Ob2Verifier copy = v.toBuilder().build();
        assertEquals(Duration.ofSeconds(30), copy.clockSkew());
        assertTrue(copy.strictRevocationList());
        assertEquals(Optional.empty(), copy.expectedRecipient());
    }
}
