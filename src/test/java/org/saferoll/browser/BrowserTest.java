package org.saferoll.browser;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A missing browser skips the browser tests on a writer's machine but fails them under CI, where it must be there. */
class BrowserTest {
    @Test
    void aMissingBrowserFailsUnderCi() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> Browser.require(false, "chromium", Map.of("CI", "true")));
        assertTrue(failed.getMessage().startsWith("chromium is missing: install it"), failed.getMessage());
    }

    @Test
    void aMissingBrowserSkipsElsewhere() {
        assertThrows(TestAbortedException.class, () -> Browser.require(false, "chromium", Map.of()));
        assertThrows(TestAbortedException.class, () -> Browser.require(false, "chromium", Map.of("CI", "false")));
    }

    @Test
    void aBrowserThatIsThereIsUsed() {
        assertDoesNotThrow(() -> Browser.require(true, "chromium", Map.of("CI", "true")));
    }
}
