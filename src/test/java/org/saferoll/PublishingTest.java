package org.saferoll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the published site offers machines and reviewers: same bytes every build, structured data, edit links. */
class PublishingTest {
    @TempDir
    Path tmp;

    @Test
    void twoCleanBuildsAreByteIdenticalAndSoAreSequentialAndParallelBuilds() throws Exception {
        TestProject a = TestProject.copy(tmp.resolve("a"));
        TestProject b = TestProject.copy(tmp.resolve("b"));
        assertTrue(a.build().published());
        // Another folder, another thread count, touched files: none of it may change a byte.
        Files.setLastModifiedTime(b.file("content/index.adoc"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertTrue(TestProject.pipeline().build(b.options().withThreads(1)).published());
        assertEquals(TestProject.treeDigest(a.options().siteDir()), TestProject.treeDigest(b.options().siteDir()));
        assertArrayEquals(Files.readAllBytes(a.options().zipFile()), Files.readAllBytes(b.options().zipFile()));
    }

    @Test
    void everyPageHasJsonLdNamingItsSchemaOrgTypes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int routines = 0;
        for (String page : BuiltSite.pages()) {
            Document doc = Jsoup.parse(Files.readString(BuiltSite.dir().resolve(page)));
            boolean content = !doc.select("body[class~=type-(technique|routine|equipment|precaution|page)]").isEmpty();
            List<Element> blocks = doc.select("script[type=application/ld+json]");
            if (!content) {
                continue;
            }
            assertEquals(1, blocks.size(), page + " has one JSON-LD block");
            JsonNode root = json.readTree(blocks.get(0).data());
            assertEquals("https://schema.org", root.path("@context").asText());
            List<String> types = new ArrayList<>();
            JsonNode nodes = root.has("@graph") ? root.get("@graph") : json.createArrayNode().add(root);
            nodes.forEach(n -> types.add(n.path("@type").asText()));
            assertTrue(types.contains("MedicalWebPage"), page + ": " + types);
            JsonNode webPage = nodes.get(0);
            assertJsonLdAgreesWithThePage(page, doc, webPage);
            if (page.startsWith("routines/")) {
                routines++;
                JsonNode howTo = nodes.get(1);
                assertEquals("HowTo", howTo.path("@type").asText());
                assertTrue(howTo.path("totalTime").asText().matches("PT\\d+S"));
                assertTrue(howTo.path("step").size() > 0);
                assertTrue(howTo.path("tool").size() > 0 || page.contains("no-tools"));
            }
        }
        assertTrue(routines >= 4);
    }

    /**
     * What the JSON-LD claims is what the reader sees: a reviewer and a review date only when the
     * review box shows a clinical review, and the same sources as the page's Sources section.
     */
    private static void assertJsonLdAgreesWithThePage(String page, Document doc, JsonNode webPage) {
        Element review = doc.selectFirst("section.review");
        assertTrue(review != null, page + " shows a review box");
        boolean notReviewed = review.text().contains("Not yet clinically reviewed");
        if (notReviewed) {
            assertTrue(webPage.path("reviewedBy").isMissingNode(), page + " claims a reviewer the page does not show");
            assertTrue(webPage.path("lastReviewed").isMissingNode(), page + " claims a review date the page does not show");
        } else {
            String reviewer = webPage.path("reviewedBy").path("name").asText();
            assertFalse(reviewer.isBlank(), page);
            assertTrue(review.text().contains("Clinically reviewed by " + reviewer), page);
        }
        List<String> shown = doc.select("section.sources li").eachText();
        List<String> cited = new ArrayList<>();
        webPage.path("citation").forEach(c -> cited.add(c.path("name").asText()));
        assertFalse(shown.isEmpty(), page + " shows its sources");
        assertEquals(shown.size(), cited.size(), page + ": sources shown vs cited");
        for (String name : cited) {
            assertTrue(shown.stream().anyMatch(t -> t.contains(name)), page + " cites " + name + " but does not show it");
        }
    }

    @Test
    void editAndReportLinksAppearOnlyWithARepositoryAndSitemapWithAUrl() throws Exception {
        Document plain = Jsoup.parse(Files.readString(BuiltSite.dir().resolve("techniques/lat-roll.html")));
        assertTrue(plain.select("a:contains(Edit this page)").isEmpty(), "no repository configured: no edit link");
        assertFalse(Files.exists(BuiltSite.dir().resolve("sitemap.xml")));
        assertTrue(Files.readString(BuiltSite.dir().resolve("robots.txt")).contains("User-agent: *"));

        TestProject p = TestProject.copy(tmp);
        p.replace("jbake.properties", "site.repository=\n", "site.repository=https://github.com/example/saferoll\n");
        p.replace("jbake.properties", "site.url=\n", "site.url=https://example.github.io/saferoll\n");
        assertTrue(p.build().published());
        Document doc = Jsoup.parse(Files.readString(p.options().siteDir().resolve("techniques/lat-roll.html")));
        assertEquals("https://github.com/example/saferoll/edit/main/content/techniques/lat-roll.adoc",
                doc.select("a:contains(Edit this page)").attr("href"));
        assertTrue(doc.select("a:contains(Report a problem)").attr("href").startsWith("https://github.com/example/saferoll/issues/new?title="));
        String sitemap = Files.readString(p.options().siteDir().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.github.io/saferoll/techniques/lat-roll.html</loc>"), sitemap);
        assertTrue(Files.readString(p.options().siteDir().resolve("robots.txt")).contains("Sitemap: https://example.github.io/saferoll/sitemap.xml"));
    }

    @Test
    void onGithubActionsEditLinksAndSitemapComeFromTheEnvironmentWhenPropertiesLeaveThemEmpty() throws Exception {
        TestProject p = TestProject.copy(tmp);
        var env = java.util.Map.of("GITHUB_ACTIONS", "true", "GITHUB_REPOSITORY", "alice/saferoll",
                "GITHUB_SERVER_URL", "https://github.com");
        try (org.saferoll.Pipeline onActions = new org.saferoll.Pipeline(false, 2).withEnvironment(env)) {
            assertTrue(onActions.build(p.options()).published());
        }
        Document doc = Jsoup.parse(Files.readString(p.options().siteDir().resolve("techniques/lat-roll.html")));
        assertEquals("https://github.com/alice/saferoll/edit/main/content/techniques/lat-roll.adoc",
                doc.select("a:contains(Edit this page)").attr("href"));
        assertTrue(doc.select("a:contains(Report a problem)").attr("href").startsWith("https://github.com/alice/saferoll/issues/new?title="));
        String sitemap = Files.readString(p.options().siteDir().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://alice.github.io/saferoll/techniques/lat-roll.html</loc>"), sitemap);

        // What jbake.properties says wins; a user site (alice/alice.github.io) lives at the host's root.
        var settings = new org.saferoll.bake.SiteSettings("SafeRoll", "", "main", "");
        assertEquals("https://alice.github.io", settings.withGithubDefaults(
                java.util.Map.of("GITHUB_ACTIONS", "true", "GITHUB_REPOSITORY", "Alice/alice.github.io")).url());
        assertEquals("https://docs.example.org", new org.saferoll.bake.SiteSettings("SafeRoll", "", "main", "https://docs.example.org")
                .withGithubDefaults(env).url());
        assertEquals("", settings.withGithubDefaults(java.util.Map.of("GITHUB_REPOSITORY", "alice/saferoll")).url(),
                "off outside GitHub Actions");
    }

    @Test
    void everyPageGeneratedOnesIncludedCarriesJsonLd() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Path> html;
        try (var walk = Files.walk(BuiltSite.dir())) {
            html = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        int generated = 0;
        for (Path file : html) {
            String name = BuiltSite.dir().relativize(file).toString();
            var scripts = Jsoup.parse(Files.readString(file)).select("script[type=application/ld+json]");
            assertEquals(1, scripts.size(), name + " has one JSON-LD block");
            var data = json.readTree(scripts.first().data());
            assertEquals("https://schema.org", data.path("@context").asText(), name);
            String type = data.has("@graph") ? data.path("@graph").get(0).path("@type").asText() : data.path("@type").asText();
            assertTrue(List.of("MedicalWebPage", "CollectionPage", "WebPage").contains(type), name + ": " + type);
            if (!type.equals("MedicalWebPage")) {
                generated++;
                var crumbs = data.path("breadcrumb");
                assertEquals("BreadcrumbList", crumbs.path("@type").asText(), name);
                var last = crumbs.path("itemListElement").get(crumbs.path("itemListElement").size() - 1);
                assertEquals(data.path("name").asText(), last.path("name").asText(), name + ": the trail ends at the page");
                // Relative links resolve against the page itself, as its own links do.
                assertTrue(Files.exists(file.getParent().resolve(last.path("item").asText()).normalize()), name + ": " + last);
            }
            if (type.equals("CollectionPage")) {
                var items = data.path("mainEntity").path("itemListElement");
                assertTrue(items.size() > 0, name);
                for (var item : items) {
                    assertTrue(Files.exists(file.getParent().resolve(item.path("url").asText()).normalize()), name + ": " + item);
                }
            }
        }
        assertTrue(generated >= 19, "section indexes, tags, the schema page, search and 404: " + generated);
    }

    @Test
    void pagesCarryOpenGraphTags() throws Exception {
        Document doc = Jsoup.parse(Files.readString(BuiltSite.dir().resolve("routines/desk-reset.html")));
        assertEquals("Desk Reset: Daily Upper-Back Routine", doc.select("meta[property=og:title]").attr("content"));
        assertFalse(doc.select("meta[property=og:description]").attr("content").isBlank());
    }
}
