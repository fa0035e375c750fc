package org.saferoll.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferoll.BuiltSite;

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
    @RegisterExtension
    static final BrowserSite browser = BrowserSite.ofThisCheckout();

    private static final Path AXE = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    private static final List<String> PAGE_TYPES = List.of("index.html", "techniques/lat-roll.html",
            "routines/desk-reset.html", "equipment/foam-roller.html", "precautions/listen-to-your-body.html",
            "techniques/index.html", "tags/region-lats.html", "safety-schema.html", "faq.html", "404.html");

    private static void open(String url) {
        browser.driver().manage().logs().get(LogType.BROWSER); // start each page with an empty console
        browser.driver().get(url);
    }

    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.driver().manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void navigationReachesEverySectionAndBackWithoutErrors(String kind) {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        open(browser.base(kind) + "index.html");
        List<String> sections = browser.driver().findElements(By.cssSelector(".main-nav a")).stream().map(WebElement::getText).toList();
        assertTrue(sections.size() >= 6, "main sections: " + sections);
        for (String section : sections) {
            browser.driver().findElement(By.linkText(section)).click();
            String h1 = browser.driver().findElement(By.tagName("h1")).getText();
            assertNotEquals("Page not found", h1, section + " leads to a 404");
            assertEquals(List.of(), consoleErrors(), "console errors on " + section);
            List<WebElement> items = browser.driver().findElements(By.cssSelector(".cards a, .sidebar a"));
            if (!items.isEmpty()) {
                items.get(0).click();
                assertNotEquals("Page not found", browser.driver().findElement(By.tagName("h1")).getText());
                assertEquals(List.of(), consoleErrors(), "console errors below " + section);
            }
            browser.driver().findElement(By.cssSelector(".breadcrumbs a")).click(); // Home
            assertEquals("Roll Your Back Safely", browser.driver().findElement(By.tagName("h1")).getText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void searchForLatsFindsTheLatRollAndOpensIt(String kind) {
        open(browser.base(kind) + "routines/desk-reset.html");
        browser.driver().findElement(By.id("q")).sendKeys("lats");
        WebElement hit = waiting().until(d -> d.findElements(By.cssSelector("#search-listbox [role=option]")).stream()
                .filter(a -> a.getText().startsWith("Lat Roll")).findFirst().orElse(null));
        hit.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("techniques/lat-roll.html"));
        assertEquals("Lat Roll", browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), consoleErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void themeToggleSwitchesAndPersists(String kind) {
        open(browser.base(kind) + "index.html");
        String before = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
        browser.driver().findElement(By.cssSelector(".theme-toggle")).click();
        String theme = browser.driver().findElement(By.tagName("html")).getAttribute("data-theme");
        assertTrue(theme.equals("dark") || theme.equals("light"));
        String after = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
        assertNotEquals(before, after, "the colours change");
        assertTrue(browser.driver().findElement(By.cssSelector(".theme-toggle ." + (theme.equals("dark") ? "moon" : "sun"))).isDisplayed()
                && !browser.driver().findElement(By.cssSelector(".theme-toggle ." + (theme.equals("dark") ? "sun" : "moon"))).isDisplayed(),
                "the button shows the theme in use: " + theme);
        open(browser.base(kind) + "techniques/lat-roll.html");
        assertEquals(theme, browser.driver().findElement(By.tagName("html")).getAttribute("data-theme"), "the choice is remembered");
        assertEquals(after, browser.js("return getComputedStyle(document.body).backgroundColor"));
        browser.driver().findElement(By.cssSelector(".theme-toggle")).click(); // back to the default for other tests
        browser.js("localStorage.clear()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void everyPageTypeFitsA360PixelScreen(String kind) {
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        try {
            for (String page : PAGE_TYPES) {
                open(browser.base(kind) + page);
                long scroll = (Long) browser.js("return document.documentElement.scrollWidth");
                long width = (Long) browser.js("return document.documentElement.clientWidth");
                assertTrue(scroll <= width, page + " scrolls sideways at 360 px: " + scroll + " > " + width);
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * Everything a page loads comes from the site itself. Over HTTP the browser's resource
     * timings list each request; Chromium keeps none for {@code file://}, so there the page's
     * resolved resource URLs (scripts, stylesheets, icons, images, frames, media) and every
     * {@code url()} the styles actually use are listed instead.
     */
    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void noRequestLeavesTheSite(String kind) {
        String origin = browser.origin(kind);
        for (String page : PAGE_TYPES) {
            open(browser.base(kind) + page);
            @SuppressWarnings("unchecked")
            List<String> requests = (List<String>) browser.js(kind.equals("file") ? RESOURCE_URLS
                    : "return performance.getEntriesByType('resource').map(e => e.name)");
            assertFalse(requests.isEmpty(), page + " loads its stylesheet and scripts");
            for (String r : requests) {
                assertTrue(r.startsWith(origin), page + " requested " + r);
            }
        }
    }

    /** The absolute URL of every resource a page loads, as the browser resolved it. */
    private static final String RESOURCE_URLS = """
            const urls = [];
            document.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], input[src]')
                .forEach(e => urls.push(e.src));
            document.querySelectorAll('img[srcset], source[srcset]').forEach(e => e.srcset.split(',')
                .forEach(s => urls.push(new URL(s.trim().split(/\\s+/)[0], document.baseURI).href)));
            document.querySelectorAll('link[href]').forEach(e => { if (!/^(alternate|canonical|next|prev)$/.test(e.rel)) urls.push(e.href); });
            document.querySelectorAll('object[data]').forEach(e => urls.push(e.data));
            const cssUrl = /url\\(["']?([^"')]+)["']?\\)/g;
            for (const e of [document.documentElement, ...document.querySelectorAll('*')]) {
              for (const pseudo of [null, '::before', '::after']) {
                const style = getComputedStyle(e, pseudo);
                for (const prop of ['background-image', 'list-style-image', 'border-image-source', 'content', 'mask-image', 'cursor']) {
                  for (const m of style.getPropertyValue(prop).matchAll(cssUrl)) urls.push(m[1]);
                }
              }
            }
            for (const sheet of document.styleSheets) {
              let rules = [];
              // Chromium hides the rules of file:// stylesheets; the HTTP run sees their imports and fonts.
              try { rules = sheet.cssRules; } catch (e) { /* the sheet's own URL is listed with its <link> */ }
              for (const r of rules) {
                if (r.href) urls.push(new URL(r.href, sheet.href || document.baseURI).href);
                if (r.type === CSSRule.FONT_FACE_RULE) for (const m of r.style.getPropertyValue('src').matchAll(cssUrl))
                  urls.push(new URL(m[1], sheet.href || document.baseURI).href);
              }
            }
            return urls.filter(u => !u.startsWith('data:'));
            """;

    @Test
    void everyRoutinePrintsAsAOnePageCard() throws IOException {
        List<String> routines;
        try (var list = Files.list(BuiltSite.dir().resolve("routines"))) {
            routines = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.html")).sorted().toList();
        }
        assertTrue(routines.size() >= 4);
        for (String routine : routines) {
            open(browser.url() + "routines/" + routine);
            byte[] pdf = java.util.Base64.getDecoder().decode(browser.driver().print(new org.openqa.selenium.print.PrintOptions()).getContent());
            String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
            int pages = text.split("/Type\\s*/Page[^s]", -1).length - 1;
            assertEquals(1, pages, routine + " prints on " + pages + " pages");
        }
    }

    @Test
    void printedRoutineCardKeepsWhoShouldAskAProfessional() {
        open(browser.url() + "routines/lower-back-relief.html");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            WebElement consult = browser.driver().findElement(By.cssSelector(".precautions .consult"));
            assertTrue(consult.isDisplayed(), "the printed card shows the consult advice");
            for (String group : List.of("chronic back pain", "spinal injury", "osteoporosis", "other medical condition")) {
                assertTrue(consult.getText().contains(group), "the printed consult advice names " + group + ": " + consult.getText());
            }
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @Test
    void notFoundPageWorksAtAnyDepthUnderTheSubPath() {
        open(browser.url() + "techniques/deep/missing-page.html");
        assertEquals("Page not found", browser.driver().findElement(By.tagName("h1")).getText());
        browser.driver().findElement(By.linkText("home page")).click();
        assertEquals("Roll Your Back Safely", browser.driver().findElement(By.tagName("h1")).getText());
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
                open(browser.url() + page);
                browser.js("document.documentElement.dataset.theme = arguments[0]", theme);
                browser.js(axe);
                Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
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

    /**
     * What a reader sees in each theme, on a phone and on a desktop: the dark theme really is dark
     * and the light one light, measured on the rendered pixels. The screenshots are kept in
     * {@code target/screenshots} for a human to look at.
     */
    @Test
    void eachThemeRendersInItsOwnBrightnessAtBothWidths() throws IOException {
        Path out = Files.createDirectories(Path.of("target/screenshots"));
        try {
            for (String page : List.of("index.html", "techniques/thoracic-spine-roll.html", "routines/desk-reset.html")) {
                for (int width : List.of(390, 1280)) {
                    browser.driver().manage().window().setSize(new Dimension(width, 1400));
                    open(browser.url() + page);
                    double[] brightness = new double[2];
                    for (String theme : List.of("light", "dark")) {
                        browser.js("document.documentElement.dataset.theme = arguments[0]", theme);
                        byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
                        Files.write(out.resolve(page.replace('/', '-').replace(".html", "") + "-" + theme + "-" + width + ".png"), png);
                        brightness[theme.equals("light") ? 0 : 1] = meanBrightness(png);
                    }
                    String shot = page + " at " + width + " px";
                    assertTrue(brightness[0] > 0.75, shot + ": the light theme is light (" + brightness[0] + ")");
                    assertTrue(brightness[1] < 0.3, shot + ": the dark theme is dark (" + brightness[1] + ")");
                }
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The average brightness of a screenshot, from 0 (black) to 1 (white). */
    private static double meanBrightness(byte[] png) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
            }
        }
        return sum / (((image.getHeight() + 3) / 4) * ((image.getWidth() + 3) / 4));
    }
}
