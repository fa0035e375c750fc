package org.saferoll.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.saferoll.BuiltSite;
import org.saferoll.serve.StaticSite;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One headless Chromium and a built site served under {@code /saferoll/}, as GitHub Pages would,
 * for one test class: every browser test sets up and tears down through here.
 */
final class SiteSession implements AutoCloseable {
    final ChromeDriver driver;
    final StaticSite server;
    private final Path site;

    private SiteSession(ChromeDriver driver, StaticSite server, Path site) {
        this.driver = driver;
        this.server = server;
        this.site = site;
    }

    /** The site the build of this checkout made. */
    static SiteSession start() throws IOException {
        return serving(BuiltSite.dir());
    }

    /** Any built site, such as one a test built from a copied project. */
    static SiteSession serving(Path site) throws IOException {
        StaticSite server = new StaticSite(() -> site, "/saferoll/", 0, null);
        server.start();
        try {
            return new SiteSession(Browser.start(), server, site);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The site's root URL opened from disk ({@code "file"}) or over HTTP under the sub-path. */
    String base(String kind) {
        return kind.equals("file") ? site.toUri().toString() : server.url();
    }

    /** The origin a page opened this way has: what "nothing leaves the site" is measured against. */
    String origin(String kind) {
        return kind.equals("file") ? "file://" : server.url().replace("/saferoll/", "/");
    }

    /** Closes what was started; safe to call when {@code session} never started. */
    static void close(SiteSession session) {
        if (session != null) {
            session.close();
        }
    }

    @Override
    public void close() {
        driver.quit();
        server.close();
    }
}
