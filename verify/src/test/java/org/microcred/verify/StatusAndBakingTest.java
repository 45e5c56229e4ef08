package org.microcred.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.json.Json;
import org.microcred.core.status.BitstringStatusList;
import org.microcred.core.status.BitstringStatusListCredential;
import org.microcred.verify.fetch.DocumentFetcher;

/** The default status lookup (core.status through the fetcher) and the default unbaking (core.bake). */
class StatusAndBakingTest {

    private static final String LIST_URL = "https://example.edu/status/1";
    private static final org.microcred.core.keys.InMemorySigningKey KEY = org.microcred.core.keys.SigningKeys.didKey(
            org.microcred.core.keys.MicrocredKeyPair.ed25519FromSeed(new byte[32]));
    private static final String ISSUER = KEY.verificationMethod().substring(0, KEY.verificationMethod().indexOf('#'));

    private static String sign(ObjectNode unsigned) {
        return org.microcred.core.proof.ProofSuites.eddsaRdfc2022().secure(unsigned, KEY,
                org.microcred.core.proof.ProofOptions.builder().created(java.time.Instant.parse("2024-01-01T00:00:00Z"))
                        .build()).text();
    }

    private static String listCredential(String issuer, int revokedIndex, boolean signed) {
        BitstringStatusList list = BitstringStatusList.create(131_072).withStatus(revokedIndex, 1);
        ObjectNode vc = BitstringStatusListCredential.builder().id(LIST_URL).issuer(issuer)
                .statusPurpose("revocation").list(list).subjectId(LIST_URL + "#list").build().toJson();
        String text = sign(vc);
        if (!signed) {
            ObjectNode tampered = (ObjectNode) Json.standard().parse(text);
            ((ObjectNode) tampered.get("credentialSubject")).put("encodedList",
                    BitstringStatusList.create(131_072).encode());
            text = Json.standard().write(tampered);
        }
        return text;
    }

    private static ObjectNode badgeWithStatus(int index) {
        ObjectNode c = Fixtures.badge20();
        c.remove("proof");
        ((ObjectNode) c.get("issuer")).put("id", ISSUER);
        ObjectNode st = c.putObject("credentialStatus");
        st.put("id", LIST_URL + "#" + index);
        st.put("type", "BitstringStatusListEntry");
        st.put("statusPurpose", "revocation");
        st.put("statusListIndex", String.valueOf(index));
        st.put("statusListCredential", LIST_URL);
        return c;
    }

    private static Verifier withList(String list) {
        return Verifier.builder().clock(Fixtures.CLOCK)
                .documentFetcher(DocumentFetcher.preloaded(Map.of(LIST_URL, list.getBytes(StandardCharsets.UTF_8))))
                .build();
    }

    @Test
    void activeEntryPasses() {
        VerificationReport r = withList(listCredential(ISSUER, 7, true)).verify(sign(badgeWithStatus(42)));
        assertEquals(Outcome.PASS, r.check(CheckId.STATUS).orElseThrow().outcome(), r.checks()::toString);
        assertTrue(r.isValid(), r.checks()::toString);
        assertFalse(r.display().revoked());
    }

    @Test
    void revokedEntryFailsAndIsFlagged() {
        VerificationReport r = withList(listCredential(ISSUER, 42, true)).verify(sign(badgeWithStatus(42)));
        assertEquals(Outcome.FAIL, r.check(CheckId.STATUS).orElseThrow().outcome());
        assertTrue(r.check(CheckId.STATUS).orElseThrow().message().startsWith("Revoked"),
                r.check(CheckId.STATUS).orElseThrow()::toString);
        assertTrue(r.display().revoked());
        assertFalse(r.isValid());
    }

    @Test
    void aForgedStatusListIsNotTrusted() {
        VerificationReport r = withList(listCredential(ISSUER, 42, false)).verify(sign(badgeWithStatus(42)));
        assertEquals(Outcome.FAIL, r.check(CheckId.STATUS).orElseThrow().outcome(), r.checks()::toString);
        assertFalse(r.display().revoked());
        assertFalse(r.isValid());
    }

    @Test
    void aStatusListFromAnotherIssuerIsNotTrusted() {
        org.microcred.core.keys.InMemorySigningKey other = org.microcred.core.keys.SigningKeys.didKey(
                org.microcred.core.keys.MicrocredKeyPair.ed25519FromSeed(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
                        12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}));
        String otherIssuer = other.verificationMethod().substring(0, other.verificationMethod().indexOf('#'));
        BitstringStatusList list = BitstringStatusList.create(131_072);
        ObjectNode vc = BitstringStatusListCredential.builder().id(LIST_URL).issuer(otherIssuer)
                .statusPurpose("revocation").list(list).subjectId(LIST_URL + "#list").build().toJson();
        String signedByOther = org.microcred.core.proof.ProofSuites.eddsaRdfc2022().secure(vc, other,
                org.microcred.core.proof.ProofOptions.defaults()).text();
        VerificationReport r = withList(signedByOther).verify(sign(badgeWithStatus(42)));
        assertEquals(Outcome.FAIL, r.check(CheckId.STATUS).orElseThrow().outcome(), r.checks()::toString);
    }

    @Test
    void offlineByDefaultTheStatusIsAWarningNamingTheFix() {
        VerificationReport r = Verifier.builder().clock(Fixtures.CLOCK).build().verify(sign(badgeWithStatus(42)));
        CheckResult status = r.check(CheckId.STATUS).orElseThrow();
        assertEquals(Outcome.WARN, status.outcome(), r.checks()::toString);
        assertTrue(status.message().contains("network access is off"), status.message());
        assertTrue(r.isValid());
        VerificationReport strict = Verifier.builder().clock(Fixtures.CLOCK).strictStatus(true).build()
                .verify(sign(badgeWithStatus(42)));
        assertEquals(Outcome.FAIL, strict.check(CheckId.STATUS).orElseThrow().outcome());
    }

    @Test
    void oneEdTechRevocationList() {
        ObjectNode c = Fixtures.badge20();
        ObjectNode st = c.putObject("credentialStatus");
        st.put("id", "https://example.edu/revocations");
        st.put("type", "1EdTechRevocationList");
        String list = "{\"id\":\"https://example.edu/revocations\",\"issuer\":\"" + Fixtures.ISSUER + "\","
                + "\"revokedCredential\":[{\"id\":\"" + c.get("id").asText() + "\",\"revoked\":true,"
                + "\"revocationReason\":\"Issued in error\"}]}";
        Verifier v = Fixtures.verifier().documentFetcher(DocumentFetcher.preloaded(
                Map.of("https://example.edu/revocations", list.getBytes(StandardCharsets.UTF_8)))).build();
        VerificationReport r = v.verify(Fixtures.bytes(c));
        assertEquals(Outcome.FAIL, r.check(CheckId.STATUS).orElseThrow().outcome());
        assertTrue(r.check(CheckId.STATUS).orElseThrow().message().contains("Issued in error"));
    }

    private static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void bakedPngIsUnbakedAndVerified() throws Exception {
        byte[] baked = BadgeBaker.standard().bake(png(), Json.standard().write(Fixtures.badge20()));
        VerificationReport r = Fixtures.verifier().build().verify(baked);
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.BAKED_PNG, r.format());
        assertTrue(r.bakedImage().isPresent());
        assertTrue(r.toHtml().contains("data:image/png;base64,"));
    }

    @Test
    void bakedSvgWithAVcJwtIsUnbakedAndVerified() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle r=\"4\"/></svg>";
        byte[] baked = BadgeBaker.standard().bake(svg.getBytes(StandardCharsets.UTF_8),
                Fixtures.vcJwt(Fixtures.badge20(), true));
        VerificationReport r = Fixtures.verifier().build().verify(baked);
        assertTrue(r.isValid(), r.checks()::toString);
        assertEquals(CredentialFormat.BAKED_SVG, r.format());
        assertEquals(Container.SVG, r.container());
    }

    @Test
    void aPlainImageSaysItCarriesNoCredential() throws Exception {
        VerificationReport r = Fixtures.verifier().build().verify(png());
        assertEquals(Outcome.FAIL, r.check(CheckId.PARSE).orElseThrow().outcome());
        assertTrue(r.check(CheckId.PARSE).orElseThrow().message().contains("no baked credential"));
    }

    @Test
    void aCorruptPngIsAParseFailure() throws Exception {
        byte[] p = png();
        p[20] ^= 0x55; // inside IHDR: CRC mismatch
        VerificationReport r = Fixtures.verifier().build().verify(p);
        assertEquals(Outcome.FAIL, r.check(CheckId.PARSE).orElseThrow().outcome());
        assertEquals(CredentialFormat.BAKED_PNG, r.format());
    }
}
