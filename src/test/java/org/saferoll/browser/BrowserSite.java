package org.saferoll.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.saferoll.BuiltSite;
import org.saferoll.serve.StaticSite;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * One headless Chromium and a built site served under {@code /saferoll/}, as GitHub Pages would, for
 * one test class: the JUnit 5 extension every browser test class registers, so it says only which
 * site it opens. Both start before the class's first test and close after its last. A missing
 * browser skips the class, or fails it under CI=true ({@link Browser#require}).
 *
 * <pre>{@code @RegisterExtension static final BrowserSite browser = BrowserSite.ofThisCheckout();}</pre>
 */
final class BrowserSite implements BeforeAllCallback, AfterAllCallback {
    private final Callable<Path> made;
    private Path site;
    private StaticSite server;
    private ChromeDriver driver;

    private BrowserSite(Callable<Path> made) {
        this.made = made;
    }

    /** The site the build of this checkout made. */
    static BrowserSite ofThisCheckout() {
        return new BrowserSite(BuiltSite::dir);
    }

    /** A site made before the class's first test, such as one built from a copied project. */
    static BrowserSite of(Callable<Path> made) {
        return new BrowserSite(made);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path built = made.call();
        site = built;
        server = new StaticSite(() -> built, "/saferoll/", 0, null);
        server.start();
        driver = Browser.start(); // when this throws (no browser), JUnit still calls afterAll, which closes the server
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The site's root URL opened from disk ({@code "file"}) or over HTTP under the sub-path. */
    String base(String kind) {
        return kind.equals("file") ? site.toUri().toString() : url();
    }

    /** The origin a page opened this way has: what "nothing leaves the site" is measured against. */
    String origin(String kind) {
        return kind.equals("file") ? "file://" : url().replace("/saferoll/", "/");
    }

    /** The site's root URL over HTTP, under the sub-path. */
    String url() {
        return server.url();
    }

    /** Runs {@code script} in the open page. */
    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }
}
