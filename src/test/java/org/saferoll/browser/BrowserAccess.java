package org.saferoll.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;

/** Lets the benchmark start the same headless Chromium as the browser tests. */
public final class BrowserAccess {
    private BrowserAccess() {
    }

    public static ChromeDriver start() throws IOException {
        return Browser.start();
    }
}
