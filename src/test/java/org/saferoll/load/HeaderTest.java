package org.saferoll.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HeaderTest {

    @Test
    void readsTitleAndAttributesWithTheirLines() {
        Header h = Header.read(List.of("// a comment", "= Lat Roll", ":jbake-type: technique", ":regions: lats, thoracic",
                ":toc!:", "", ":later: not header"));
        assertEquals("Lat Roll", h.title());
        assertEquals(2, h.titleLine());
        assertEquals(3, h.line("jbake-type"));
        assertEquals(List.of("lats", "thoracic"), h.items("regions"));
        assertFalse(h.attribute("toc").isPresent(), "unset attributes are not values");
        assertFalse(h.attribute("later").isPresent(), "the header ends at the first blank line");
        assertEquals(6, h.bodyStartLine(), "the blank line that ends the header");
    }

    @Test
    void missingAttributeFallsBackToTitleLine() {
        Header h = Header.read(List.of("= T", ":a: b"));
        assertEquals(1, h.line("missing"));
        assertEquals("", h.value("missing"));
    }
}
