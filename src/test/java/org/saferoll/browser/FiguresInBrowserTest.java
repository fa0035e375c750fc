package org.saferoll.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.saferoll.BuiltSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every technique's figure as a reader sees it: drawn, large enough, in both themes and at a
 * phone's and a desktop's width. The screenshots land in {@code target/screenshots/figures/} for a
 * person to look at; the test checks what a machine can: the figure is on screen, visible against
 * the page, and its tool is drawn in a colour that differs from the body's.
 */
class FiguresInBrowserTest {
    @RegisterExtension
    static final BrowserSite browser = BrowserSite.ofThisCheckout();

    @Test
    void everyTechniqueShowsItsFigureInBothThemesAtPhoneAndDesktopWidth() throws IOException {
        Path out = Files.createDirectories(Path.of("target/screenshots/figures"));
        List<String> techniques = BuiltSite.pages().stream()
                .filter(p -> p.startsWith("techniques/") && !p.endsWith("index.html")).toList();
        assertTrue(techniques.size() >= 10, techniques.toString());
        List<String> problems = new ArrayList<>();
        for (String page : techniques) {
            for (int width : List.of(390, 1280)) {
                browser.driver().manage().window().setSize(new Dimension(width, 1000));
                for (String theme : List.of("light", "dark")) {
                    browser.driver().get(browser.base("file") + page);
                    browser.js("document.documentElement.dataset.theme = arguments[0]", theme);
                    List<WebElement> figures = browser.driver().findElements(By.cssSelector(".pose-figure svg.pose"));
                    if (figures.size() != 1 || !figures.get(0).isDisplayed()) {
                        problems.add(page + ": no figure on screen");
                        continue;
                    }
                    WebElement svg = figures.get(0);
                    browser.js("arguments[0].scrollIntoView({block: 'center'})", svg);
                    if (svg.getSize().getWidth() < 300) {
                        problems.add(page + " at " + width + " px: the figure is only " + svg.getSize().getWidth() + " px wide");
                    }
                    String body = (String) browser.js("return getComputedStyle(arguments[0].querySelector('.limb')).stroke", svg);
                    String background = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
                    if (body.equals(background)) {
                        problems.add(page + " in " + theme + ": the body is drawn in the background colour " + body);
                    }
                    String tool = (String) browser.js("var t = arguments[0].querySelector('.tool, .move');"
                            + " return t ? getComputedStyle(t).stroke : ''", svg);
                    if (tool.isEmpty() || tool.equals(body)) {
                        problems.add(page + " in " + theme + ": the tool or movement does not stand out from the body");
                    }
                    String name = page.replace("techniques/", "").replace(".html", "") + "-" + theme + "-" + width + ".png";
                    Files.write(out.resolve(name), browser.driver().getScreenshotAs(OutputType.BYTES));
                }
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        assertEquals(List.of(), problems);
    }

    /** The printed routine card as print media lays it out, for a person to check; each step keeps its figure. */
    @Test
    void routineCardsKeepEachStepsFigureOnPaper() throws IOException {
        Path out = Files.createDirectories(Path.of("target/screenshots/print"));
        browser.driver().manage().window().setSize(new Dimension(794, 1123)); // A4 at 96 dpi
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            for (String page : BuiltSite.pages().stream().filter(p -> p.startsWith("routines/") && !p.endsWith("index.html")).toList()) {
                browser.driver().get(browser.base("file") + page);
                List<WebElement> steps = browser.driver().findElements(By.cssSelector("#routine-steps li"));
                for (WebElement step : steps) {
                    assertTrue(step.findElement(By.cssSelector("svg.pose")).isDisplayed(), page + ": a step without its figure on paper");
                    assertTrue(step.findElements(By.partialLinkText("how to do")).isEmpty(), page + ": a 'how to do' link on paper");
                    WebElement how = step.findElement(By.cssSelector(".print-how"));
                    assertTrue(how.isDisplayed() && how.getText().length() > 10, page + ": a step without its instructions on paper");
                }
                Files.write(out.resolve(page.replace("routines/", "").replace(".html", ".png")), browser.driver().getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
