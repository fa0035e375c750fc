package org.saferoll.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routine player as a reader on the floor uses it. Time is stubbed in the browser by the test
 * alone (injected before the page's scripts run); the shipped script has no speed-up hook. The
 * stub replaces {@code Date.now()} by a clock that moves only when the test moves it, and
 * {@code navigator.wakeLock} by a recorder, so the tests can say exactly which step and second
 * the player must show, and none waits for real time.
 */
class RoutinePlayerTest {
    /**
     * The page's clock stands still until the test moves it on ({@code __advance(ms)}), so every
     * second on screen is exact and no test waits for real time to pass.
     */
    private static final String CLOCK = "(() => { let fixed = Date.now();"
            + " Date.now = () => fixed; window.__advance = ms => { fixed += ms; }; })();";
    /** Records wake lock requests and releases. */
    private static final String WAKE_LOCK = "window.__wake = []; Object.defineProperty(navigator, 'wakeLock', {configurable: true,"
            + " value: {request: type => { __wake.push('request ' + type); const l = new EventTarget();"
            + " l.release = () => { __wake.push('release'); l.dispatchEvent(new Event('release')); return Promise.resolve(); };"
            + " return Promise.resolve(l); }}});";
    /** desk-reset: a 90 s step, then the rhomboids at 60 s per side. */
    private static final String DESK_RESET = "routines/desk-reset.html";

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.ofThisCheckout();

    /** Runs after the browser started ({@link BrowserSite}'s callback comes first). */
    @BeforeAll
    static void fixClockAndWakeLock() {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CLOCK + WAKE_LOCK));
    }

    /** No progress left over from the previous test. */
    @BeforeEach
    void forgetProgress() {
        for (String base : List.of(browser.base("http"), browser.base("file"))) {
            browser.driver().get(base + "index.html");
            browser.js("localStorage.clear()");
        }
    }

    private static WebElement byId(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private static WebElement player() {
        return byId("player");
    }

    private static WebElement button(String action) {
        return player().findElement(By.cssSelector("[data-action='" + action + "']"));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    private static void advance(long seconds) {
        browser.js("__advance(arguments[0])", seconds * 1000);
    }

    /** Waits until the player shows this clock (it repaints four times a second). */
    private static void clockShows(String clock) {
        waiting().withMessage(() -> "clock shows " + byId("player-clock").getText() + ", expected " + clock)
                .until(d -> byId("player-clock").getText().equals(clock));
    }

    private static String step() {
        return byId("player-step").getText();
    }

    private static void openAndStart(String page) {
        browser.driver().get(browser.url() + page);
        browser.driver().findElement(By.cssSelector(".start-routine")).click();
        assertTrue(player().isDisplayed());
    }

    @Test
    void atTheEndOnlyStartAgainAndCloseAct() {
        openAndStart("routines/pre-workout-warm-up.html");
        advance(60 * 60);
        waiting().until(d -> "true".equals(player().getAttribute("data-done")));
        assertTrue(step().startsWith("Routine complete"), step());
        for (String action : List.of("back", "pause", "skip", "stop")) {
            assertFalse(button(action).isDisplayed(), action + " is gone at the end");
        }
        assertTrue(button("restart").isDisplayed());
        assertTrue(button("end").isDisplayed());
        assertEquals(button("restart"), browser.driver().switchTo().activeElement(), "focus moves to Start again");
        browser.js("document.getElementById('player-title').focus()"); // off the buttons, so keys go to the player
        press(Keys.ARROW_LEFT);
        press(Keys.SPACE);
        press(Keys.ARROW_RIGHT);
        assertTrue(step().startsWith("Routine complete"), "keys do nothing at the end: " + step());
        assertEquals("0:00", byId("player-clock").getText());

        button("restart").click();
        assertEquals("false", player().getAttribute("data-done"));
        assertEquals("0", player().getAttribute("data-step"));
        assertTrue(button("pause").isDisplayed());
        button("end").click();
        assertFalse(player().isDisplayed());
    }

    /**
     * A frozen tab runs no timer; when it wakes, the player must place itself by the clock, not by
     * the ticks it missed. The page's clock jumps 10 s at once while the tab is frozen (nothing of
     * the page runs then), so the test needs no real waiting and can name the exact second.
     */
    @Test
    void aTabFrozenForTenSecondsCatchesUpToTheRightStepAndSecond() {
        openAndStart(DESK_RESET);
        clockShows("1:30");
        advance(85);
        clockShows("0:05");
        browser.driver().executeCdpCommand("Page.setWebLifecycleState", Map.of("state", "frozen"));
        browser.driver().executeCdpCommand("Page.setWebLifecycleState", Map.of("state", "active"));
        advance(10); // the 10 s the tab was frozen for, in one step: no tick ran in between
        // The 90 s step ended 5 s into the freeze; the rhomboids have had the other 5 s of their 60.
        waiting().until(d -> "1".equals(player().getAttribute("data-step")));
        assertTrue(step().contains("left side"), step());
        clockShows("0:55");
    }

    @Test
    void skipAndBackGiveAStepAllItsSeconds() {
        openAndStart(DESK_RESET);
        browser.js("__advance(400)"); // part of a second gone on the first step
        clockShows("1:30");
        button("skip").click();
        clockShows("1:00");
        assertTrue(step().contains("left side"), step());
        button("back").click();
        clockShows("1:30");
        advance(30);
        clockShows("1:00");
    }

    @Test
    void wakeLockIsHeldWhileRunningAndReleasedOnPauseAndEnd() {
        openAndStart(DESK_RESET);
        waiting().until(d -> wake().equals(List.of("request screen")));
        button("pause").click();
        assertEquals(List.of("request screen", "release"), wake());
        button("pause").click();
        waiting().until(d -> wake().size() == 3);
        button("end").click();
        assertEquals(List.of("request screen", "release", "request screen", "release"), wake());
        assertFalse(byId("player-note").isDisplayed(), "no note where the browser keeps the screen on");
    }

    @SuppressWarnings("unchecked")
    private static List<String> wake() {
        return (List<String>) browser.js("return window.__wake");
    }

    @Test
    void sidesAreSeparatedByAChangeOverPause() {
        openAndStart(DESK_RESET);
        button("skip").click();
        assertTrue(step().contains("left side"), step());
        advance(60);
        waiting().until(d -> step().startsWith("Change sides"));
        clockShows("0:10");
        assertTrue(step().contains("right side"), "the change-over says what comes next: " + step());
        advance(10);
        waiting().until(d -> step().endsWith("right side") && !step().startsWith("Change"));
        clockShows("1:00");
    }

    @Test
    void theStopPanelOpensInsideThePlayerAndKeepsProgress() {
        openAndStart(DESK_RESET);
        button("skip").click();
        advance(5);
        clockShows("0:55");
        String url = browser.driver().getCurrentUrl();
        button("stop").click();
        WebElement panel = byId("player-stop-panel");
        assertTrue(panel.isDisplayed());
        assertTrue(panel.getText().contains("numbness"), panel.getText());
        assertEquals(url, browser.driver().getCurrentUrl(), "no page change");
        assertEquals("true", player().getAttribute("data-paused"));
        advance(20);
        clockShows("0:55");
        panel.findElement(By.cssSelector("[data-action='unstop']")).click();
        assertFalse(panel.isDisplayed());
        assertEquals("1", player().getAttribute("data-step"));
        assertEquals("0:55", byId("player-clock").getText());
    }

    @Test
    void progressSurvivesAReload() {
        openAndStart(DESK_RESET);
        button("skip").click();
        advance(7);
        clockShows("0:53");
        browser.driver().navigate().refresh();
        assertTrue(player().isDisplayed(), "the player is open again after a reload");
        assertEquals("1", player().getAttribute("data-step"));
        assertEquals("true", player().getAttribute("data-paused"), "it waits for the reader");
        assertTrue(step().startsWith("Paused."), step());
        clockShows("0:53");
        button("pause").click();
        advance(8);
        clockShows("0:45");
    }

    @Test
    void thePlayerShowsWhatToDoAndTimesTheTenderSpotHold() {
        // The source times a pause on a tender spot only for the thoracic roll, so only thoracic steps hold.
        openAndStart("routines/lower-back-relief.html");
        assertTrue(byId("player-how").getText().contains("roll one buttock"), byId("player-how").getText());
        WebElement figure = byId("player-figure").findElement(By.cssSelector("svg.pose"));
        assertTrue(figure.isDisplayed() && figure.getSize().getWidth() > 150, "the step's figure is in the player");
        assertEquals(1, figure.findElements(By.cssSelector(".roller")).size(), "the glute roll's figure shows the roller");
        assertEquals("true", figure.getAttribute("aria-hidden"), "beside the step's words the figure is decoration for screen readers");
        assertFalse(byId("player-hold").isDisplayed(), "the glutes have no hold");
        openAndStart(DESK_RESET); // its first step, the thoracic roll, has a 25 s hold
        assertTrue(byId("player-how").getText().contains("rest on any knot"), byId("player-how").getText());
        WebElement hold = player().findElement(By.cssSelector("[data-action='hold']"));
        assertTrue(hold.isDisplayed());
        assertTrue(hold.getText().contains("25"), hold.getText());
        hold.click();
        advance(5);
        waiting().until(d -> byId("player-hold-clock").getText().startsWith("0:20"));
        button("skip").click(); // the ball between the shoulder blades, with no hold
        assertFalse(byId("player-hold").isDisplayed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void keyboardAloneRunsThePlayerAndSkippingWhilePausedStaysPaused(String kind) {
        browser.driver().get(browser.base(kind) + DESK_RESET);
        WebElement start = browser.driver().findElement(By.cssSelector(".start-routine"));
        for (int i = 0; i < 80 && !start.equals(browser.driver().switchTo().activeElement()); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(start, browser.driver().switchTo().activeElement(), "the start button is reachable with Tab");
        start.sendKeys(Keys.ENTER);
        assertEquals("polite", byId("player-step").getAttribute("aria-live"));
        assertTrue(player().findElement(By.cssSelector(".player-help")).isDisplayed(), "keyboard users see the keys");
        press(Keys.SPACE);
        assertEquals("true", player().getAttribute("data-paused"));
        press(Keys.ARROW_RIGHT);
        assertEquals("1", player().getAttribute("data-step"));
        assertTrue(step().startsWith("Paused.") && step().contains("left side"), "skipping while paused says so: " + step());
        press(Keys.ARROW_RIGHT);
        assertTrue(step().startsWith("Paused.") && step().contains("right side"), step());
        press(Keys.ARROW_LEFT);
        press(Keys.SPACE);
        assertEquals("false", player().getAttribute("data-paused"));
        press(Keys.ESCAPE);
        assertFalse(player().isDisplayed());
        assertEquals(start, browser.driver().switchTo().activeElement(), "focus returns to the start button");
    }

    @Test
    void keyboardHelpIsHiddenFromTouchAndMouseUsers() {
        openAndStart(DESK_RESET);
        assertFalse(player().findElement(By.cssSelector(".player-help")).isDisplayed());
    }

    private static void press(Keys key) {
        browser.driver().switchTo().activeElement().sendKeys(key);
    }

    private static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
