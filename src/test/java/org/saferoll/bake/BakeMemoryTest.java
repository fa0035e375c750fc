package org.saferoll.bake;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What a warm bake remembers answers only for the very text it was made from. */
class BakeMemoryTest {
    private static final String INTRO = "<div class=\"paragraph\"><p>" + "Lie on your back and breathe out slowly. ".repeat(20) + "</p></div>";

    @Test
    void aBodyEditedAfterALongUnchangedStartGetsItsOwnSearchSections() {
        String before = INTRO + "<h2 id=\"_steps\">Steps</h2><p>Roll to the left.</p>";
        String after = INTRO + "<h2 id=\"_steps\">Steps</h2><p>Roll to the right.</p>";
        BakeMemory memory = new BakeMemory();
        memory.startBake();
        assertEquals(SearchIndex.sections(before), memory.sections(before));
        memory.startBake();
        assertEquals(SearchIndex.sections(after), memory.sections(after), "the edited body was answered from the old one");
        assertNotEquals(memory.sections(before), memory.sections(after));
    }

    @Test
    void aRememberedDigestIsTheDigestOfThatText() {
        BakeMemory memory = new BakeMemory();
        memory.startBake();
        byte[] first = memory.digest(INTRO + "a");
        memory.startBake();
        assertNotEquals(java.util.HexFormat.of().formatHex(first), java.util.HexFormat.of().formatHex(memory.digest(INTRO + "b")));
        assertEquals(java.util.HexFormat.of().formatHex(first), java.util.HexFormat.of().formatHex(new BakeMemory().digest(INTRO + "a")));
    }
}
