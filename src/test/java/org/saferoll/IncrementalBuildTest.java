package org.saferoll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incremental build (a warm pipeline, or a fresh one with the disk cache) gives the very site and
 * zip a clean build of the same content gives, after each kind of change a writer makes; every page
 * that shows the changed fact is rebuilt, and pages that do not show it are reused, not rewritten.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    /** One edit, and pages that must change with it (each shows the changed fact). */
    private record Edit(String name, String file, String from, String to, List<String> shownOn) {
    }

    private static final List<Edit> CONTENT_EDITS = List.of(
            new Edit("title", "content/techniques/lat-roll.adoc", "= Lat Roll\n", "= Lat Roll Along the Side\n",
                    List.of("techniques/lat-roll.html", "techniques/index.html", "routines/desk-reset.html", "tags/region-lats.html",
                            "search-index.js")),
            new Edit("region", "content/techniques/glute-roll.adoc", ":regions: glutes\n", ":regions: glutes, piriformis\n",
                    List.of("techniques/glute-roll.html", "techniques/index.html", "tags/region-piriformis.html", "tags/index.html",
                            "search-index.js")),
            new Edit("level", "content/techniques/thoracic-extension.adoc", ":level: advanced\n", ":level: intermediate\n",
                    List.of("techniques/thoracic-extension.html", "techniques/index.html", "search-index.js")),
            new Edit("step", "content/routines/desk-reset.adoc", "[.step,technique=lat-roll,seconds=60,sides=both]",
                    "[.step,technique=lat-roll,seconds=45,sides=both]",
                    List.of("routines/desk-reset.html", "routines/index.html")));

    private static final List<Edit> SHARED_EDITS = List.of(
            new Edit("template", "templates/layout.ftl", "</footer>", "<p>Incremental.</p></footer>",
                    List.of("index.html", "techniques/lat-roll.html", "404.html", "safety-schema.html")),
            new Edit("asset", "assets/css/site.css", ":root", "/* incremental */\n:root", List.of("css/site.css")),
            new Edit("schema", "schema/vocabulary.schema.json", "\"Whether readers see the page.\"",
                    "\"Whether readers see the page or not.\"", List.of("safety-schema.html")));

    @Test
    void aWarmPipelineRebuildsWhatEachEditShowsAndMatchesACleanBuild() throws IOException {
        TestProject p = TestProject.copy(tmp);
        BuildOptions warm = p.options();
        assertBuilt(TestProject.reusingPipeline().build(warm));
        for (Edit edit : concat(CONTENT_EDITS, SHARED_EDITS)) {
            Map<String, Stamp> before = stamps(warm.siteDir());
            Map<String, String> was = contents(warm.siteDir());
            p.replace(edit.file(), edit.from(), edit.to());
            assertBuilt(TestProject.reusingPipeline().build(warm));
            assertLikeCleanBuild(p, warm, edit, before, was);
        }
    }

    @Test
    void aFreshProcessWithTheDiskCacheRebuildsWhatEachEditShowsAndMatchesACleanBuild() throws IOException {
        TestProject p = TestProject.copy(tmp);
        BuildOptions cached = p.options();
        assertBuilt(oneShot(cached));
        for (Edit edit : List.of(CONTENT_EDITS.get(2), SHARED_EDITS.get(0))) {
            Map<String, Stamp> before = stamps(cached.siteDir());
            Map<String, String> was = contents(cached.siteDir());
            p.replace(edit.file(), edit.from(), edit.to());
            assertBuilt(oneShot(cached));
            assertLikeCleanBuild(p, cached, edit, before, was);
        }
    }

    @Test
    void aFailedIncrementalBuildLeavesThePreviousSiteAndZipAsTheyWere() throws IOException {
        TestProject p = TestProject.copy(tmp);
        BuildOptions warm = p.options();
        assertBuilt(TestProject.reusingPipeline().build(warm));
        String site = TestProject.treeDigest(warm.siteDir());
        byte[] zip = Files.readAllBytes(warm.zipFile());
        // Most pages are reused (linked to the published files) before the broken template stops the build.
        p.replace("content/techniques/lat-roll.adoc", "= Lat Roll\n", "= Lat Roll Along the Side\n");
        p.replace("templates/technique.ftl", "</@", "${noSuchVariable}</@");
        assertFalse(TestProject.reusingPipeline().build(warm).published());
        assertEquals(site, TestProject.treeDigest(warm.siteDir()), "the published site changed");
        assertArrayEquals(zip, Files.readAllBytes(warm.zipFile()), "the published zip changed");
        assertFalse(Files.exists(warm.stagingDir()));
    }

    @Test
    void aPublishedFileChangedSinceItWasRecordedIsNeverReused() throws IOException {
        TestProject p = TestProject.copy(tmp);
        BuildOptions warm = p.options();
        assertBuilt(TestProject.reusingPipeline().build(warm));
        // A build without the zip (as the preview makes) leaves the zip behind the site ...
        p.replace("content/techniques/lat-roll.adoc", "= Lat Roll\n", "= Lat Roll Along the Side\n");
        assertBuilt(TestProject.reusingPipeline().build(warm.withZip(false)));
        // ... and a person edits a published page by hand.
        Files.writeString(warm.siteDir().resolve("precautions/stay-hydrated.html"), "edited by hand");
        assertBuilt(TestProject.reusingPipeline().build(warm));
        BuildOptions clean = p.options().withOutputDir(tmp.resolve("clean"));
        assertBuilt(TestProject.pipeline().build(clean));
        assertEquals(TestProject.treeDigest(clean.siteDir()), TestProject.treeDigest(warm.siteDir()), "the site differs from a clean build's");
        assertArrayEquals(Files.readAllBytes(clean.zipFile()), Files.readAllBytes(warm.zipFile()), "the zip differs from a clean build's");
    }

    @Test
    void verifyRereadsChangedPagesAndChecksLinksAgainstTheSiteAsItIsNow() throws IOException {
        TestProject p = TestProject.copy(tmp);
        BuildOptions warm = p.options();
        assertBuilt(TestProject.reusingPipeline().build(warm));
        // A page whose bytes changed is read again: the broken link a template now writes is found.
        p.replace("templates/layout.ftl", "</footer>", "<a href=\"${c.rootpath}nowhere.html\">x</a></footer>");
        assertHas(TestProject.reusingPipeline().build(warm), "nowhere.html");
        p.replace("templates/layout.ftl", "<a href=\"${c.rootpath}nowhere.html\">x</a></footer>", "</footer>");
        assertBuilt(TestProject.reusingPipeline().build(warm));
        // Pages whose bytes did not change still have their links checked against the files there are now.
        Files.delete(p.file("assets/css/site.css"));
        assertHas(TestProject.reusingPipeline().build(warm), "site.css");
    }

    private static void assertHas(Pipeline.Outcome outcome, String target) {
        assertFalse(outcome.published());
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.rule().equals("broken-link") && d.message().contains(target)),
                outcome.diagnostics()::toString);
    }

    /** A build as {@code ./saferoll build} runs it in a new process: a new pipeline over target/.cache. */
    private static Pipeline.Outcome oneShot(BuildOptions options) throws IOException {
        try (Pipeline fresh = new Pipeline(false, 2).withEnvironment(Map.of()).withDiskCache(options.outputDir().resolve(".cache"))) {
            return fresh.build(options);
        }
    }

    private void assertLikeCleanBuild(TestProject p, BuildOptions built, Edit edit, Map<String, Stamp> before,
                                      Map<String, String> was) throws IOException {
        BuildOptions clean = p.options().withOutputDir(tmp.resolve("clean-" + edit.name()));
        assertBuilt(TestProject.pipeline().build(clean));
        Map<String, String> expected = contents(clean.siteDir());
        Map<String, String> actual = contents(built.siteDir());
        Set<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        assertEquals(List.of(), paths.stream().filter(f -> !java.util.Objects.equals(expected.get(f), actual.get(f))).toList(),
                edit.name() + ": these files differ from a clean build's");
        assertArrayEquals(Files.readAllBytes(clean.zipFile()), Files.readAllBytes(built.zipFile()),
                edit.name() + ": the zip differs from a clean build's");

        Map<String, Stamp> after = stamps(built.siteDir());
        Set<String> rewritten = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f)))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> now = contents(built.siteDir());
        Set<String> changed = now.keySet().stream().filter(f -> !now.get(f).equals(was.get(f))).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(rewritten.containsAll(changed), edit.name() + ": a file changed without being written anew (written through a link?): "
                + changed.stream().filter(f -> !rewritten.contains(f)).toList());
        for (String shown : edit.shownOn()) {
            assertTrue(changed.contains(shown), edit.name() + ": " + shown + " shows the change but did not change; changed: " + changed);
            assertTrue(rewritten.contains(shown), edit.name() + ": " + shown + " shows the change but was not rebuilt; rebuilt: " + rewritten);
        }
        if (!edit.name().equals("template")) {
            // Reused, not rewritten: the very file of the previous site (a hard link) stands in the new one.
            assertTrue(rewritten.size() < after.size() / 2, edit.name() + ": most pages do not show the change, yet "
                    + rewritten.size() + " of " + after.size() + " files were written again: " + rewritten);
            assertFalse(rewritten.contains("precautions/stay-hydrated.html"), edit.name() + ": an unrelated page was rewritten");
        }
    }

    private static void assertBuilt(Pipeline.Outcome outcome) {
        assertTrue(outcome.published(), () -> "diagnostics: " + outcome.diagnostics());
    }

    /** Which file each path is: its file key and modified time; a rewritten file gets new ones. */
    private record Stamp(Object key, long modified) {
    }

    private static Map<String, Stamp> stamps(Path dir) throws IOException {
        Map<String, Stamp> out = new TreeMap<>();
        for (Path f : org.saferoll.util.Trees.files(dir)) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            out.put(dir.relativize(f).toString(), new Stamp(a.fileKey(), a.lastModifiedTime().toMillis() * 1_000_000L + a.lastModifiedTime().toInstant().getNano() % 1_000_000));
        }
        return out;
    }

    /** Every file's path and bytes, compared as text so a failure names the file that differs. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path f : org.saferoll.util.Trees.files(dir)) {
            try {
                out.put(dir.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
