package org.saferoll.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferoll.BuiltSite;
import org.saferoll.serve.StaticSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built site in a real browser, opened from disk ({@code file://}) and served under
 * {@code /saferoll/} as GitHub Pages would.
 */
class SiteInBrowserTest {
    private static final Path AXE = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    private static final List<String> PAGE_TYPES = List.of("index.html", "techniques/lat-roll.html",
            "routines/desk-reset.html", "equipment/foam-roller.html", "precautions/listen-to-your-body.html",
            "techniques/index.html", "tags/region-lats.html", "safety-schema.html", "faq.html", "404.html");

    private static ChromeDriver driver;
    private static StaticSite server;

    @BeforeAll
    static void start() throws IOException {
        driver = Browser.start();
        Path site = BuiltSite.dir();
        server = new StaticSite(() -> site, "/saferoll/", 0, null);
        server.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String base(String kind) {
        return kind.equals("file") ? BuiltSite.dir().toUri().toString() : server.url();
    }

    private static void open(String url) {
        driver.manage().logs().get(LogType.BROWSER); // start each page with an empty console
        driver.get(url);
    }

    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void navigationReachesEverySectionAndBackWithoutErrors(String kind) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open(base(kind) + "index.html");
        List<String> sections = driver.findElements(By.cssSelector(".main-nav a")).stream().map(WebElement::getText).toList();
        assertTrue(sections.size() >= 6, "main sections: " + sections);
        for (String section : sections) {
            driver.findElement(By.linkText(section)).click();
            String h1 = driver.findElement(By.tagName("h1")).getText();
            assertNotEquals("Page not found", h1, section + " leads to a 404");
            assertEquals(List.of(), consoleErrors(), "console errors on " + section);
            List<WebElement> items = driver.findElements(By.cssSelector(".cards a, .sidebar a"));
            if (!items.isEmpty()) {
                items.get(0).click();
                assertNotEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
                assertEquals(List.of(), consoleErrors(), "console errors below " + section);
            }
            driver.findElement(By.cssSelector(".breadcrumbs a")).click(); // Home
            assertEquals("Roll Your Back Safely", driver.findElement(By.tagName("h1")).getText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void searchForLatsFindsTheLatRollAndOpensIt(String kind) {
        open(base(kind) + "routines/desk-reset.html");
        driver.findElement(By.id("q")).sendKeys("lats");
        WebElement hit = waiting().until(d -> d.findElements(By.cssSelector("#search-listbox [role=option]")).stream()
                .filter(a -> a.getText().startsWith("Lat Roll")).findFirst().orElse(null));
        hit.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("techniques/lat-roll.html"));
        assertEquals("Lat Roll", driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), consoleErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void themeToggleSwitchesAndPersists(String kind) {
        open(base(kind) + "index.html");
        String before = (String) js("return getComputedStyle(document.body).backgroundColor");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        String theme = driver.findElement(By.tagName("html")).getAttribute("data-theme");
        assertTrue(theme.equals("dark") || theme.equals("light"));
        String after = (String) js("return getComputedStyle(document.body).backgroundColor");
        assertNotEquals(before, after, "the colours change");
        open(base(kind) + "techniques/lat-roll.html");
        assertEquals(theme, driver.findElement(By.tagName("html")).getAttribute("data-theme"), "the choice is remembered");
        assertEquals(after, js("return getComputedStyle(document.body).backgroundColor"));
        driver.findElement(By.cssSelector(".theme-toggle")).click(); // back to the default for other tests
        js("localStorage.clear()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void everyPageTypeFitsA360PixelScreen(String kind) {
        driver.manage().window().setSize(new Dimension(360, 800));
        try {
            for (String page : PAGE_TYPES) {
                open(base(kind) + page);
                long scroll = (Long) js("return document.documentElement.scrollWidth");
                long width = (Long) js("return document.documentElement.clientWidth");
                assertTrue(scroll <= width, page + " scrolls sideways at 360 px: " + scroll + " > " + width);
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void noRequestLeavesTheSite(String kind) {
        String origin = kind.equals("file") ? "file://" : server.url().replace("/saferoll/", "/");
        for (String page : PAGE_TYPES) {
            open(base(kind) + page);
            @SuppressWarnings("unchecked")
            List<String> requests = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
            for (String r : requests) {
                assertTrue(r.startsWith(origin), page + " requested " + r);
            }
            // Chromium keeps no resource timings for file://, so only HTTP can show what was loaded.
            assertTrue(kind.equals("file") || !requests.isEmpty(), page + " loads its stylesheet and scripts");
        }
    }

    @Test
    void everyRoutinePrintsAsAOnePageCard() throws IOException {
        List<String> routines;
        try (var list = Files.list(BuiltSite.dir().resolve("routines"))) {
            routines = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.html")).sorted().toList();
        }
        assertTrue(routines.size() >= 4);
        for (String routine : routines) {
            open(server.url() + "routines/" + routine);
            byte[] pdf = java.util.Base64.getDecoder().decode(driver.print(new org.openqa.selenium.print.PrintOptions()).getContent());
            String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
            int pages = text.split("/Type\\s*/Page[^s]", -1).length - 1;
            assertEquals(1, pages, routine + " prints on " + pages + " pages");
        }
    }

    @Test
    void notFoundPageWorksAtAnyDepthUnderTheSubPath() {
        open(server.url() + "techniques/deep/missing-page.html");
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.linkText("home page")).click();
        assertEquals("Roll Your Back Safely", driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), consoleErrors().stream().filter(e -> !e.contains("missing-page.html")).toList(),
                "only the missing page itself is a 404");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsInLightAndDark() throws IOException {
        Browser.require(Files.isRegularFile(AXE), "axe-core (run mvn verify, which vendors it)");
        String axe = Files.readString(AXE);
        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            for (String page : PAGE_TYPES) {
                open(server.url() + page);
                js("document.documentElement.dataset.theme = arguments[0]", theme);
                js(axe);
                Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                                + ".map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes[0].target.join(' '))));");
                for (Object v : (List<?>) result) {
                    problems.add(theme + " " + page + ": " + v);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void screenshotsOfKeyPagesInBothThemesAndWidths() throws IOException {
        Path out = Files.createDirectories(Path.of("target/screenshots"));
        int shots = 0;
        for (String page : List.of("index.html", "techniques/thoracic-spine-roll.html", "routines/desk-reset.html")) {
            for (String theme : List.of("light", "dark")) {
                for (int width : List.of(390, 1280)) {
                    driver.manage().window().setSize(new Dimension(width, 1400));
                    open(server.url() + page);
                    js("document.documentElement.dataset.theme = arguments[0]", theme);
                    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                    String name = page.replace('/', '-').replace(".html", "") + "-" + theme + "-" + width + ".png";
                    Files.write(out.resolve(name), png);
                    assertTrue(png.length > 5_000, name + " is an actual picture");
                    shots++;
                }
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        assertEquals(12, shots);
    }
}
