package org.saferoll.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing stopped at any step, as a kill would stop it, leaves or restores a complete site with its own zip. */
class CrashSafePublishTest {
    private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
    private static final String[] STEPS = {"zip written", "old site moved aside", "new site in place", "zip in place"};

    @TempDir
    Path tmp;

    /** Stands for the process dying: nothing after it runs, not even a finally of the pipeline. */
    private static final class Killed extends IOException {
        Killed(String step) {
            super("killed after " + step);
        }
    }

    @Test
    void aKillAfterAnyStepLeavesOrRestoresOneCompleteSiteWithItsZip() throws IOException {
        for (String kill : STEPS) {
            Path dir = Files.createDirectories(tmp.resolve(kill.replace(' ', '-')));
            Path site = dir.resolve("site");
            Path zip = dir.resolve("site.zip");
            Path staging = dir.resolve("staging");
            write(staging, Map.of("index.html", "old", "a.html", "old page"));
            new Publisher(site, zip).publish(staging, DATE);
            Map<String, String> old = read(site);

            write(staging, Map.of("index.html", "new", "b.html", "new page"));
            Map<String, String> fresh = read(staging);
            Publisher dying = new Publisher(site, zip, step -> {
                if (step.equals(kill)) {
                    throw new Killed(step);
                }
            });
            assertThrows(Killed.class, () -> dying.publish(staging, DATE));

            new Publisher(site, zip).recover(staging); // what the next run does first
            Map<String, String> now = read(site);
            assertTrue(now.equals(old) || now.equals(fresh), kill + ": the site is the old or the new one, whole: " + now);
            assertEquals(now, zipContents(zip), kill + ": the zip matches the site");
            assertFalse(Files.exists(dir.resolve("site.old")), kill + ": nothing is left aside");
            assertFalse(Files.exists(dir.resolve("site.zip.tmp")), kill + ": no half zip is left");
        }
    }

    @Test
    void aSecondBuildOfTheSameFolderWaitsAndCanGiveUpWithAMessage() throws Exception {
        try (BuildLock first = BuildLock.acquire(tmp, Duration.ofSeconds(1))) {
            BuildLock.Busy busy = assertThrows(BuildLock.Busy.class, () -> BuildLock.acquire(tmp, Duration.ofMillis(300)));
            assertTrue(busy.getMessage().contains("another build"), busy.getMessage());
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                try (BuildLock lock = BuildLock.acquire(tmp, Duration.ofSeconds(30))) {
                    // got it once the first let go
                } catch (IOException | BuildLock.Busy e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second build waits while the first holds the lock");
            first.close();
            second.get(30, TimeUnit.SECONDS);
        }
    }

    private static void write(Path dir, Map<String, String> files) throws IOException {
        org.saferoll.util.Trees.delete(dir);
        Files.createDirectories(dir);
        for (var e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readString(f));
            }
        }
        return out;
    }

    private static Map<String, String> zipContents(Path zip) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                out.put(e.getName().substring("saferoll/".length()), new String(z.getInputStream(e).readAllBytes()));
            }
        }
        return out;
    }
}
