package org.saferoll.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferoll.TestProject;
import org.saferoll.serve.PreviewServer;
import org.saferoll.validate.spelling.InstalledChecker;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code preview --prose} in a browser: the edited page shows its spelling warnings in a banner, and other pages show none. */
class PreviewSpellingInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void theEditedPageShowsItsWarningsAndAnotherPageDoesNot() throws Exception {
        TestProject project = TestProject.copy(tmp);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        try (PreviewServer preview = new PreviewServer(project.options(), 0, quiet, quiet).withSpelling(InstalledChecker.get())) {
            preview.start();
            String page = "content/techniques/glute-roll.adoc";
            project.write(page, project.read(page) + "\nRoll slowly over the mucsles.\n");
            ChromeDriver driver = Browser.start();
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60)); // generous: the machine may be busy
                driver.get(preview.url() + "techniques/glute-roll.html");
                wait.until(d -> d.findElements(By.id("preview-banner")).stream().anyMatch(b -> b.getText().contains("mucsles")));
                String banner = driver.findElement(By.id("preview-banner")).getText();
                assertTrue(banner.startsWith("Spelling and grammar on this page"), banner);

                driver.get(preview.url() + "techniques/lat-roll.html");
                wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete'")));
                Thread.sleep(2_000); // the build event arrives at once on connect; give it time to (not) draw a banner
                assertTrue(driver.findElements(By.id("preview-banner")).isEmpty(), "another page shows no banner");
            } finally {
                driver.quit();
            }
        }
    }
}
