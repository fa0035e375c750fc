package org.saferoll.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.saferoll.BuiltSite;
import org.saferoll.serve.StaticSite;

import java.io.IOException;
import java.nio.file.Path;

/** One headless Chromium and the built site served under {@code /saferoll/}, as GitHub Pages would, for one test class. */
final class SiteSession implements AutoCloseable {
    final ChromeDriver driver;
    final StaticSite server;

    private SiteSession(ChromeDriver driver, StaticSite server) {
        this.driver = driver;
        this.server = server;
    }

    static SiteSession start() throws IOException {
        ChromeDriver driver = Browser.start();
        Path site = BuiltSite.dir();
        StaticSite server = new StaticSite(() -> site, "/saferoll/", 0, null);
        server.start();
        return new SiteSession(driver, server);
    }

    /** The site's root URL opened from disk ({@code "file"}) or over HTTP under the sub-path. */
    String base(String kind) {
        return kind.equals("file") ? BuiltSite.dir().toUri().toString() : server.url();
    }

    @Override
    public void close() {
        driver.quit();
        server.close();
    }
}
