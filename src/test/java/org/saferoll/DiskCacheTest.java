package org.saferoll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.report.Diagnostic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The speed work never changes output: a build with every optimisation on (parallel, warm disk
 * cache) is byte-identical to one with every optimisation off, and a changed page is never
 * served from the cache.
 */
class DiskCacheTest {
    @TempDir
    Path tmp;

    @Test
    void fastBuildEqualsBuildWithEveryOptimisationOff() throws Exception {
        TestProject slow = TestProject.copy(tmp.resolve("slow"));
        TestProject fast = TestProject.copy(tmp.resolve("fast"));
        assertTrue(TestProject.pipeline().build(slow.options().withThreads(1)).published());
        try (Pipeline cached = new Pipeline(false, 2).withDiskCache(tmp.resolve("cache"))) {
            assertTrue(cached.build(fast.options()).published());       // cold: fills the cache
            assertTrue(countEntries(tmp.resolve("cache")) > 30);
            assertTrue(cached.build(fast.options()).published());       // warm: every page from the cache
        }
        assertEquals(TestProject.treeDigest(slow.options().siteDir()), TestProject.treeDigest(fast.options().siteDir()));
        assertArrayEquals(Files.readAllBytes(slow.options().zipFile()), Files.readAllBytes(fast.options().zipFile()));
    }

    @Test
    void changedPageIsParsedAgainAndItsProblemsStillReported() throws Exception {
        TestProject p = TestProject.copy(tmp);
        Path cache = tmp.resolve("cache");
        try (Pipeline one = new Pipeline(false, 2).withDiskCache(cache)) {
            assertTrue(one.build(p.options()).published());
        }
        p.replace("content/techniques/lat-roll.adoc", "= Lat Roll\n", "= Lat Roll Changed\n\n----\nunclosed\n");
        try (Pipeline two = new Pipeline(false, 2).withDiskCache(cache)) {
            Pipeline.Outcome outcome = two.build(p.options());
            assertFalse(outcome.published());
            assertTrue(outcome.diagnostics().stream().map(Diagnostic::headline)
                    .anyMatch(h -> h.startsWith("content/techniques/lat-roll.adoc:3: error [asciidoc] unterminated listing block")),
                    outcome.diagnostics()::toString);
        }
        try (Pipeline three = new Pipeline(false, 2).withDiskCache(cache)) {
            assertTrue(three.check(p.options()).diagnostics().stream().anyMatch(d -> d.rule().equals("asciidoc")),
                    "a cached warning is reported again, not lost");
        }
    }

    @Test
    void damagedOrForeignEntriesAreParsedAgainNeverPublished() throws Exception {
        TestProject p = TestProject.copy(tmp);
        Path cache = tmp.resolve("cache");
        try (Pipeline one = new Pipeline(false, 2).withDiskCache(cache)) {
            assertTrue(one.build(p.options()).published());
        }
        String clean = TestProject.treeDigest(p.options().siteDir());
        java.util.List<Path> entries;
        try (Stream<Path> walk = Files.walk(cache)) {
            entries = walk.filter(f -> f.toString().endsWith(".html.json")).sorted().toList();
        }
        // Truncated, emptied, stripped of its fields, or another page's entry under this page's name.
        for (int i = 0; i + 3 < entries.size(); i += 4) {
            Files.copy(entries.get(i + 1), entries.get(i + 3), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            byte[] bytes = Files.readAllBytes(entries.get(i));
            Files.write(entries.get(i), java.util.Arrays.copyOf(bytes, bytes.length / 2));
            Files.writeString(entries.get(i + 1), "");
            Files.writeString(entries.get(i + 2), "{}");
        }
        try (Pipeline two = new Pipeline(false, 2).withDiskCache(cache)) {
            Pipeline.Outcome outcome = two.build(p.options());
            assertTrue(outcome.published(), outcome.diagnostics()::toString);
        }
        assertEquals(clean, TestProject.treeDigest(p.options().siteDir()), "the site is what the sources say");
    }

    /**
     * A pull request can commit files under target/, and the code that names cache entries is
     * public: only this user's secret key makes an entry one of ours. Entries another key wrote (a
     * planted cache stands for "another key") are never read.
     */
    @Test
    void aCacheWrittenWithAnotherKeyIsNeverRead() {
        byte[] mine = new byte[32];
        byte[] planted = new byte[32];
        planted[0] = 1;
        Path root = tmp.resolve("cache");
        org.saferoll.load.DiskCache.Entry entry = new org.saferoll.load.DiskCache.Entry(java.util.List.of(), java.util.Set.of(),
                "<p>vouched for</p>", java.util.List.of(), java.util.List.of(), java.util.List.of());
        new org.saferoll.load.DiskCache(root, planted).put("abc", true, entry);
        assertTrue(new org.saferoll.load.DiskCache(root, planted).get("abc", true).isPresent(), "the same key reads its own entry");
        assertTrue(new org.saferoll.load.DiskCache(root, mine).get("abc", true).isEmpty(), "another key's entry is never taken");
        assertFalse(java.util.Arrays.equals(mine, org.saferoll.util.LocalSecret.get()), "the real key is random, not a constant");
    }

    private static long countEntries(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
