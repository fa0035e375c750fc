package org.saferoll.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A long text (a page body, the navigation) enters a fingerprint as its SHA-256, kept in the warm
 * pipeline's {@link BakeMemory}: any change to it must still change the fingerprint, a remembered
 * hash must be the one a fresh bake computes, and no short text can pass for a long one's hash.
 */
class FingerprintLongTextTest {
    @TempDir
    Path project;

    private static final String BODY = "<p>Roll slowly.</p>".repeat(200);

    @Test
    void aChangeAnywhereInALongTextChangesTheFingerprintOfAWarmBake() throws IOException {
        BakeMemory memory = new BakeMemory();
        memory.startBake();
        String before = Fingerprint.of(project, memory).of(Map.of("body", BODY, "title", "Lat roll"));
        memory.startBake();
        String same = Fingerprint.of(project, memory).of(Map.of("body", new String(BODY), "title", "Lat roll"));
        memory.startBake();
        String edited = Fingerprint.of(project, memory).of(Map.of("body", BODY.substring(0, BODY.length() - 5) + "!</p>", "title", "Lat roll"));
        String nested = Fingerprint.of(project, memory).of(Map.of("nav", List.of(Map.of("html", BODY + " ")), "title", "Lat roll"));

        assertEquals(before, same, "the same text, the same fingerprint");
        assertNotEquals(before, edited, "the last characters of a long body changed, the fingerprint did not");
        assertNotEquals(Fingerprint.of(project, memory).of(Map.of("nav", List.of(Map.of("html", BODY)), "title", "Lat roll")), nested,
                "a long text inside a list changed, the fingerprint did not");
        assertEquals(before, Fingerprint.of(project, new BakeMemory()).of(Map.of("body", BODY, "title", "Lat roll")),
                "a remembered hash gives what a fresh bake computes");
    }

    @Test
    void aShortTextThatSpellsALongTextsHashIsNotTakenForIt() throws IOException {
        BakeMemory memory = new BakeMemory();
        String hash = "\0sha256:" + HexFormat.of().formatHex(memory.digest(BODY));
        assertNotEquals(Fingerprint.of(project, memory).of(Map.of("body", BODY)), Fingerprint.of(project, memory).of(Map.of("body", hash)));
    }
}
