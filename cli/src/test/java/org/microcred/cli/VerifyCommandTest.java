package org.microcred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.cli.CliTest.Run;
import org.microcred.core.json.Json;

/** {@code microcred verify} on the folder of mixed badges the tour makes. */
class VerifyCommandTest {

    @TempDir
    static Path tour;

    static Path badges;

    @BeforeAll
    static void runTheTour() {
        Run r = CliTest.run("tour", "--out", tour.toString());
        assertEquals(Main.OK, r.code(), r.err());
        badges = tour.resolve("3-candidate-badges");
    }

    private static String list() {
        return "https://lms.example.edu/status/1=" + tour.resolve("3-status-list.json");
    }

    @Test
    void jsonLinesOnePerInputWithTheChecksAndExitOneWhenAnyIsInvalid() throws Exception {
        Run r = CliTest.run("verify", "--json", "--document", list(), "--recipient", "email:ada@example.org",
                badges.toString());
        assertEquals(Main.INVALID, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size(), r.out());
        Json json = Json.standard();
        for (String line : lines) {
            JsonNode report = json.parse(line);
            String file = report.get("file").asText();
            // The OB 2.0 badge is hosted: its documents are not preloaded here, so it cannot verify.
            boolean shouldBeValid = file.contains("valid-badge");
            assertEquals(shouldBeValid, report.get("valid").asBoolean(), line);
            assertTrue(report.get("format").isTextual());
            for (JsonNode check : report.get("checks")) {
                assertTrue(check.get("id").isTextual() && check.get("message").isTextual());
                assertTrue(List.of("PASS", "FAIL", "WARN", "SKIP").contains(check.get("outcome").asText()), line);
            }
        }
        assertTrue(lines.get(4).contains("\"revoked\":true") || lines.get(4).contains("Revoked"), lines.get(4));
    }

    @Test
    void exitZeroWhenEveryInputIsValidAndAReadableSummary() {
        Run r = CliTest.run("verify", badges.resolve("a-valid-badge.json").toString(),
                badges.resolve("c-valid-badge-baked.png").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("VALID    " + badges.resolve("a-valid-badge.json")), r.out());
        assertTrue(r.out().contains("badge:   CPR Basic Life Support"), r.out());
        assertTrue(r.out().contains("[BAKED_PNG]"), r.out());
    }

    @Test
    void withoutThePreloadedListRevocationIsUnknownAndStrictStatusFails() {
        Path revoked = badges.resolve("e-revoked-badge.json");
        Run lenient = CliTest.run("verify", revoked.toString());
        assertEquals(Main.OK, lenient.code(), "an unobtainable list is a warning, not a pass: " + lenient.out());
        assertTrue(lenient.out().contains("warn status"), lenient.out());
        Run strict = CliTest.run("verify", "--strict-status", revoked.toString());
        assertEquals(Main.INVALID, strict.code(), strict.out());
    }

    @Test
    void trustListAndTimeTravel() {
        Path valid = badges.resolve("a-valid-badge.json");
        Run untrusted = CliTest.run("verify", "--trust", "did:web:someone-else.example", valid.toString());
        assertEquals(Main.INVALID, untrusted.code());
        assertTrue(untrusted.out().contains("FAIL trust"), untrusted.out());
        Run future = CliTest.run("verify", "--now", "2099-01-01T00:00:00Z", valid.toString());
        assertEquals(Main.INVALID, future.code());
        assertTrue(future.out().contains("FAIL validity-period"), future.out());
    }

    @Test
    void timeLimitAndRefreshOptions() {
        Path valid = badges.resolve("a-valid-badge.json");
        assertEquals(Main.OK, CliTest.run("verify", "--time-limit", "30s", "--no-refresh", valid.toString()).code());
        assertEquals(Main.OK, CliTest.run("verify", "--time-limit", "PT2M", valid.toString()).code());
        assertEquals(java.time.Duration.ofMillis(500), VerifyCommand.duration("500ms"));
        assertEquals(java.time.Duration.ofMinutes(2), VerifyCommand.duration("2m"));
        assertEquals(java.time.Duration.ofSeconds(30), VerifyCommand.duration("PT30S"));
    }

    @Test
    void htmlReportForARecruiter(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        Run r = CliTest.run("verify", "--document", list(), "--html", html.toString(), badges.toString());
        assertEquals(Main.INVALID, r.code());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("3 of 7 credentials valid"), "summary");
        assertTrue(page.contains("CPR Basic Life Support") && page.contains("g-legacy-ob2-badge.json"));
        assertFalse(page.contains("<script"), "no scripts");
        assertTrue(page.contains("data:image/png;base64,"), "the baked badge image is shown");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(Main.USAGE, CliTest.run("verify", "no-such-file.json").code());
        assertEquals(Main.USAGE, CliTest.run("verify", "--now", "yesterday", badges.toString()).code());
        assertEquals(Main.USAGE, CliTest.run("verify", "--document", "nofile", badges.toString()).code());
        assertEquals(Main.USAGE, CliTest.run("verify", "--recipient", "ada", badges.toString()).code());
        assertEquals(Main.USAGE, CliTest.run("verify", "--time-limit", "soon", badges.toString()).code());
        assertEquals(Main.USAGE, CliTest.run("verify", "--time-limit", "0ms", badges.toString()).code());
    }
}
