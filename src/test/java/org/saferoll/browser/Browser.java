package org.saferoll.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts Debian's headless Chromium through its ChromeDriver, with no network but loopback. When
 * the browser is missing the tests are skipped on a developer's machine and fail under CI=true.
 */
final class Browser {
    /** Held so the level sticks: Selenium warns at length that it has no DevTools bindings for this Chromium, which the tests do not use. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private Browser() {
    }

    /** The first executable among the candidates; blank or unset environment entries are skipped. */
    static Path find(String... candidates) {
        return Stream.of(candidates).filter(c -> c != null && !c.isBlank() && !c.startsWith("null"))
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Fails under CI, skips elsewhere, when {@code what} is missing. */
    static void require(boolean present, String what) {
        require(present, what, System.getenv());
    }

    /** {@link #require(boolean, String)} in the environment {@code env}. */
    static void require(boolean present, String what, Map<String, String> env) {
        if (present) {
            return;
        }
        String message = what + " is missing: install it (apt-get install chromium chromium-driver) or run .ci/run";
        if ("true".equals(env.get("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    static ChromeDriver start() throws IOException {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        // Debian's packages first (what .ci/run installs), then GitHub's runner images (Chrome, $CHROMEWEBDRIVER).
        Path chromium = find(System.getenv("SAFEROLL_BROWSER"), "/usr/bin/chromium", "/usr/bin/google-chrome");
        Path driver = find(System.getenv("SAFEROLL_CHROMEDRIVER"), "/usr/bin/chromedriver",
                System.getenv("CHROMEWEBDRIVER") + "/chromedriver");
        require(chromium != null, "chromium");
        require(driver != null, "chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("saferoll-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
