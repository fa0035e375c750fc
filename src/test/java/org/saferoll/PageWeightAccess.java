package org.saferoll;

import java.nio.file.Path;

/** Lets the benchmark weigh pages the way the test does. */
public final class PageWeightAccess {
    private PageWeightAccess() {
    }

    public static long weight(Path site, String page) throws Exception {
        return PageWeightTest.weight(site, page);
    }
}
