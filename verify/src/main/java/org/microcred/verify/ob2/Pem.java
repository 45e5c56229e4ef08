package org.microcred.verify.ob2;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.microcred.core.MicrocredException;
import org.microcred.core.keys.MicrocredPublicKey;

/**
 * Reads the {@code publicKeyPem} of an OB 2.0 CryptographicKey: an SPKI {@code PUBLIC KEY} (RSA or
 * EC P-256), or a PKCS#1 {@code RSA PUBLIC KEY}, validated as a {@link MicrocredPublicKey}. RSA keys
 * under 2048 bits and EC keys on other curves than P-256 are refused.
 */
final class Pem {

    private static final int MAX_PEM_CHARS = 16_384;
    private static final byte[] RSA_ALGORITHM_ID = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private Pem() {
    }

    /**
     * @return the validated key
     * @throws IllegalArgumentException naming what is wrong with the PEM text
     */
    static MicrocredPublicKey read(String pem) {
        if (pem.length() > MAX_PEM_CHARS) {
            throw new IllegalArgumentException("publicKeyPem is " + pem.length() + " characters, over " + MAX_PEM_CHARS);
        }
        String text = pem.strip();
        boolean pkcs1;
        String label;
        if (text.startsWith("-----BEGIN PUBLIC KEY-----")) {
            pkcs1 = false;
            label = "PUBLIC KEY";
        } else if (text.startsWith("-----BEGIN RSA PUBLIC KEY-----")) {
            pkcs1 = true;
            label = "RSA PUBLIC KEY";
        } else {
            throw new IllegalArgumentException(
                    "publicKeyPem does not start with -----BEGIN PUBLIC KEY----- (SPKI) or -----BEGIN RSA PUBLIC KEY-----");
        }
        String end = "-----END " + label + "-----";
        int endAt = text.indexOf(end);
        if (endAt < 0) {
            throw new IllegalArgumentException("publicKeyPem has no " + end + " line");
        }
        String body = text.substring(("-----BEGIN " + label + "-----").length(), endAt).replaceAll("\\s+", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("publicKeyPem body is not base64: " + e.getMessage(), e);
        }
        if (pkcs1) {
            der = wrapPkcs1(der);
        }
        PublicKey key = decode(der);
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException("RSA key of " + rsa.getModulus().bitLength()
                    + " bits is too short (2048 bits or more are accepted)");
        }
        try {
            return MicrocredPublicKey.of(key);
        } catch (MicrocredException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static PublicKey decode(byte[] der) {
        for (String alg : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("publicKeyPem is not an RSA or EC SubjectPublicKeyInfo");
    }

    /** Wraps a PKCS#1 RSAPublicKey in an SPKI structure with the rsaEncryption algorithm. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream bitString = new ByteArrayOutputStream();
        bitString.write(0x03);
        writeLength(bitString, pkcs1.length + 1);
        bitString.write(0x00);
        bitString.writeBytes(pkcs1);
        byte[] bits = bitString.toByteArray();
        ByteArrayOutputStream spki = new ByteArrayOutputStream();
        spki.write(0x30);
        writeLength(spki, RSA_ALGORITHM_ID.length + bits.length);
        spki.writeBytes(RSA_ALGORITHM_ID);
        spki.writeBytes(bits);
        return spki.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
    }
}
