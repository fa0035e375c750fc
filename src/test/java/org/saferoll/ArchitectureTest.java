package org.saferoll;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the code, read from the sources: which package uses which (imports and
 * fully-qualified names), and how long classes are.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern USE = Pattern.compile("\\b(org\\.saferoll(?:\\.[a-z]+)*)\\.[A-Z]");
    /** A class longer than this says why in its Javadoc, in a sentence starting with this. */
    private static final int MAX_LINES = 200;
    private static final String REASON = "Long because";

    @Test
    void noPackageCycle() throws IOException {
        Map<String, Set<String>> uses = packageUses();
        for (String from : uses.keySet()) {
            List<String> cycle = cycleFrom(from, from, uses, new ArrayList<>(List.of(from)), new TreeSet<>());
            assertTrue(cycle.isEmpty(), () -> "package cycle: " + String.join(" -> ", cycle));
        }
    }

    @Test
    void reportIsAtTheBottomAndLoadDependsOnlyOnReportAndUtil() throws IOException {
        Map<String, Set<String>> uses = packageUses();
        assertEquals(Set.of(), uses.get("org.saferoll.report"));
        assertEquals(Set.of(), uses.get("org.saferoll.util"));
        assertTrue(Set.of("org.saferoll.report", "org.saferoll.util").containsAll(uses.get("org.saferoll.load")),
                () -> "load uses " + uses.get("org.saferoll.load"));
    }

    /**
     * The safety schema is read by validate, bake and verify, and sits below them: bake prints
     * the schema and verify applies its allowlist without reaching into the validator.
     */
    @Test
    void theSchemaSitsBelowTheStagesThatReadItAndOnlyValidateUsesTheValidator() throws IOException {
        Map<String, Set<String>> uses = packageUses();
        assertTrue(Set.of("org.saferoll.load", "org.saferoll.report", "org.saferoll.util").containsAll(uses.get("org.saferoll.schema")),
                () -> "schema uses " + uses.get("org.saferoll.schema"));
        for (String stage : List.of("validate", "bake", "verify")) {
            assertTrue(uses.get("org.saferoll." + stage).contains("org.saferoll.schema"), () -> stage + " does not read the schema");
        }
        for (String pkg : List.of("org.saferoll.schema", "org.saferoll.load", "org.saferoll.bake", "org.saferoll.verify", "org.saferoll.publish")) {
            List<String> intoValidate = uses.get(pkg).stream().filter(p -> p.startsWith("org.saferoll.validate")).toList();
            assertEquals(List.of(), intoValidate, pkg + " reaches into the validator");
        }
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        for (String pkg : packageUses().keySet()) {
            Path info = MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            assertTrue(Files.isRegularFile(info), () -> pkg + " has no package-info.java");
        }
    }

    @Test
    void longClassesSayWhy() throws IOException {
        List<String> unexplained = new ArrayList<>();
        for (Path file : javaFiles()) {
            String text = Files.readString(file);
            if (text.lines().count() > MAX_LINES && !text.contains(REASON)) {
                unexplained.add(file + " (" + text.lines().count() + " lines)");
            }
        }
        assertEquals(List.of(), unexplained, "classes over " + MAX_LINES + " lines need '" + REASON + " ...' in their Javadoc");
    }

    /** For each package, the other SafeRoll packages its classes use. */
    static Map<String, Set<String>> packageUses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : javaFiles()) {
            String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
            Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("package ") || line.trim().startsWith("*") || line.trim().startsWith("//")) {
                    continue;
                }
                Matcher m = USE.matcher(line);
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> uses, List<String> path,
                                          Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, uses, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).sorted().toList();
        }
    }
}
