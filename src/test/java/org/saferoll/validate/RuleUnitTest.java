package org.saferoll.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saferoll.TestProject;
import org.saferoll.load.Page;
import org.saferoll.load.PagesFromText;
import org.saferoll.load.Site;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.rules.Rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each Java rule on its own, in memory: the pages of one fixture are parsed from their text into a
 * small site of just those pages and the shipped pages they name (no copy of the project, no
 * whole-site parse, no bake), and only the rule the fixture names runs over them. It must report
 * the fixture's file and line. Fast enough to run while writing a rule; {@link RuleFixturesTest}
 * checks the same through the whole build.
 */
class RuleUnitTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final SafetySchema SCHEMA = SafetySchema.load(Path.of("schema"));
    /** Fixtures whose message the load stage gives under a rule's id (a step line misspelt so it is no step line). */
    private static final Set<String> BY_LOAD = Set.of("step-role");

    /** A fixture: its name, the rule it makes speak, and where. */
    record Case(String fixture, String rule, String file, int line) {
        @Override
        public String toString() {
            return rule + " (" + fixture + ")";
        }
    }

    /** The fixtures whose expected rule is a registered Java rule (the others test load and the JSON Schemas). */
    static List<Case> cases() throws IOException {
        Set<String> javaRules = new TreeSet<>(Rules.all().stream().map(Rule::id).toList());
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> list = Files.list(FIXTURES)) {
            for (Path dir : list.sorted().toList()) {
                String[] expect = Files.readString(dir.resolve("expect.txt")).trim().split("\\s+");
                String at = expect[0];
                if (javaRules.contains(expect[1]) && !BY_LOAD.contains(dir.getFileName().toString())) {
                    cases.add(new Case(dir.getFileName().toString(), expect[1], at.substring(0, at.lastIndexOf(':')),
                            Integer.parseInt(at.substring(at.lastIndexOf(':') + 1))));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleAloneReportsItsFixturesLine(Case c) throws IOException {
        Rule rule = Rules.all().stream().filter(r -> r.id().equals(c.rule())).findFirst().orElseThrow();
        Site site = new Site(Path.of(""), pages(FIXTURES.resolve(c.fixture())), List.of());
        RuleContext context = new RuleContext(site, SCHEMA, TestProject.TODAY);
        List<Diagnostic> out = new ArrayList<>();
        for (Page page : site.pages()) {
            rule.check(page, context, out);
        }
        assertTrue(out.stream().anyMatch(d -> d.file().equals(c.file()) && d.line() == c.line() && d.rule().equals(c.rule())),
                () -> "expected " + c.file() + ":" + c.line() + " [" + c.rule() + "] but got:\n"
                        + String.join("\n", out.stream().map(Diagnostic::headline).toList()));
    }

    @Test
    void everyRegisteredRuleHasAnInMemoryCase() throws IOException {
        Set<String> covered = new TreeSet<>(cases().stream().map(Case::rule).toList());
        List<String> without = Rules.all().stream().map(Rule::id).filter(id -> !covered.contains(id)).toList();
        assertEquals(List.of(), without, "rules no in-memory case makes speak");
    }

    /**
     * The fixture's pages, read as text and parsed one by one, and the few shipped pages they name
     * (a step's technique, a linked routine, a page of the same id): a site of nothing else.
     */
    private static List<Page> pages(Path fixture) throws IOException {
        Map<String, String> texts = new TreeMap<>(texts(fixture.resolve("content")));
        String all = String.join("\n", texts.values());
        Set<String> ids = new TreeSet<>(texts.keySet().stream().map(RuleUnitTest::id).toList());
        texts(Path.of("content")).forEach((path, text) -> {
            String id = id(path);
            if (!texts.containsKey(path) && (ids.contains(id) || Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(all).find())) {
                texts.put(path, text);
            }
        });
        List<Page> pages = new ArrayList<>();
        texts.forEach((path, text) -> pages.add(PagesFromText.of(path, text)));
        return pages;
    }

    private static Map<String, String> texts(Path content) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".adoc") && !p.getFileName().toString().startsWith("_")).sorted().toList()) {
                out.put("content/" + content.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return out;
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".adoc".length());
    }
}
