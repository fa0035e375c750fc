package org.saferoll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GitHub workflows parse, pin their actions, ask for little, and run the README's commands. */
class WorkflowsTest {
    private static final Path DIR = Path.of(".github/workflows");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode load(String name) throws IOException {
        return YAML.readTree(DIR.resolve(name).toFile());
    }

    /** The two set-up commands in the README's first sh block: build, then test. */
    static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "README has a sh block");
        List<String> commands = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            String command = line.replaceAll("#.*$", "").trim();
            if (!command.isEmpty()) {
                commands.add(command);
            }
        }
        return commands;
    }

    private static List<String> runs(JsonNode workflow) {
        List<String> runs = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("run")) {
                runs.add(step.get("run").asText().trim());
            }
        }));
        return runs;
    }

    @Test
    void readmeGivesExactlyTwoCommandsAndCiRunsTheTestOne() throws IOException {
        List<String> commands = readmeCommands();
        assertEquals(2, commands.size(), commands::toString);
        assertTrue(commands.get(0).contains("package"), "first the build");
        assertTrue(Files.readString(Path.of(".ci/run")).contains(commands.get(1).replace("mvn -q", "mvn -B -q")),
                ".ci/run runs the README's test command");
    }

    @Test
    void everyWorkflowParsesPinsActionsAndLimitsPermissions() throws IOException {
        List<Path> files;
        try (var list = Files.list(DIR)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).toList();
        }
        assertEquals(3, files.size());
        for (Path file : files) {
            JsonNode wf = load(file.getFileName().toString());
            assertEquals("read", wf.path("permissions").path("contents").asText(), file + ": read-only by default");
            wf.path("jobs").forEach(job -> {
                assertTrue(job.path("timeout-minutes").asInt() > 0, file + ": every job has a time limit");
                job.path("steps").forEach(step -> {
                    if (step.has("uses")) {
                        assertTrue(step.get("uses").asText().matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}"),
                                file + ": not pinned to a commit: " + step.get("uses").asText());
                    }
                });
            });
        }
    }

    @Test
    void pullRequestsCheckTestBuildOnceAndAttachTheSiteAndTheReport() throws IOException {
        JsonNode wf = load("pull-request.yml");
        assertTrue(wf.path("on").has("pull_request"));
        List<String> runs = runs(wf);
        assertTrue(runs.stream().anyMatch(r -> r.startsWith("./saferoll check") && r.contains("--json target/check-report.json")),
                "validation with annotations, job summary and a JSON report");
        String test = readmeCommands().get(1);
        assertTrue(runs.contains(test), "runs the README test command " + test + ": " + runs);
        assertEquals(1, runs.stream().filter(r -> r.startsWith("mvn")).count(),
                "one Maven run, whose package phase builds the site: built once per job: " + runs);
        List<String> uploads = uploadedPaths(wf.path("jobs").path("check"));
        assertTrue(uploads.contains("target/check-report.json"), "the JSON report is uploaded: " + uploads);
        assertTrue(uploads.contains("target/site"), "the site folder, which GitHub zips once: " + uploads);
        assertFalse(uploads.stream().anyMatch(u -> u.endsWith(".zip")), "never a zip inside the artifact's zip");
        assertTrue(wf.path("jobs").path("check").toString().contains("\"cache\":\"maven\""), "Maven dependencies are cached");
    }

    private static List<String> uploadedPaths(JsonNode job) {
        List<String> paths = new ArrayList<>();
        job.path("steps").forEach(step -> {
            if (step.path("uses").asText().startsWith("actions/upload-artifact@")) {
                paths.add(step.path("with").path("path").asText());
            }
        });
        return paths;
    }

    /** What each Pages action needs of its job's token; configure-pages reads the Pages settings through the API. */
    private static final Map<String, Map<String, String>> PAGES_ACTIONS = Map.of(
            "actions/configure-pages", Map.of("pages", "write"),
            "actions/upload-pages-artifact", Map.of(),
            "actions/deploy-pages", Map.of("pages", "write", "id-token", "write"));

    @Test
    void everyJobCallingAPagesActionHasThePermissionsItNeeds() throws IOException {
        int calls = 0;
        for (Path file : workflows()) {
            JsonNode wf = load(file.getFileName().toString());
            for (var jobs = wf.path("jobs").fields(); jobs.hasNext(); ) {
                var job = jobs.next();
                // A job's own permissions replace the workflow's; without them it has the workflow's.
                JsonNode granted = job.getValue().has("permissions") ? job.getValue().path("permissions") : wf.path("permissions");
                for (JsonNode step : job.getValue().path("steps")) {
                    String action = step.path("uses").asText().replaceAll("@.*", "");
                    Map<String, String> needs = PAGES_ACTIONS.get(action);
                    if (needs == null) {
                        continue;
                    }
                    calls++;
                    for (var need : needs.entrySet()) {
                        String has = granted.path(need.getKey()).asText("none");
                        assertTrue(has.equals("write") || has.equals(need.getValue()), file.getFileName() + " job "
                                + job.getKey() + " calls " + action + ", which needs " + need.getKey() + ": " + need.getValue()
                                + ", but the job has " + has);
                    }
                }
            }
        }
        assertEquals(2, calls, "upload-pages-artifact and deploy-pages");
    }

    @Test
    void mainDeploysToPagesAndTagsReleaseOnlyAfterTheTests() throws IOException {
        JsonNode pages = load("pages.yml");
        assertEquals("main", pages.path("on").path("push").path("branches").get(0).asText());
        String text = pages.toString();
        assertTrue(text.contains("actions/upload-pages-artifact@") && text.contains("\"path\":\"target/site\""));
        assertTrue(text.contains("actions/deploy-pages@"));
        assertTrue(runs(pages).contains(readmeCommands().get(0)));

        JsonNode release = load("release.yml");
        assertEquals("v*", release.path("on").path("push").path("tags").get(0).asText());
        List<String> releaseRuns = runs(release);
        int tests = releaseRuns.indexOf(readmeCommands().get(1));
        int publish = indexOf(releaseRuns, "gh release create");
        assertTrue(tests >= 0 && publish > tests, "the release runs the tests, then publishes: " + releaseRuns);
        assertFalse(releaseRuns.stream().anyMatch(r -> r.contains("-DskipTests")), "no step skips them");
        String all = String.join("\n", releaseRuns);
        assertTrue(all.contains("sha256sum saferoll-site.zip"));
        assertTrue(all.contains("saferoll-site.zip.sha256"));
        assertFalse(release.path("permissions").path("contents").asText().equals("write"), "write only in the job");
    }

    private static int indexOf(List<String> runs, String start) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    /** The workflows pass action-validator (from npm, fetched by the test build like axe-core). */
    @Test
    void workflowsPassActionValidator() throws Exception {
        Path validator = Path.of("target/npm/node_modules/@action-validator/cli/cli.mjs");
        if (!Files.isRegularFile(validator)) {
            assertFalse("true".equals(System.getenv("CI")), "action-validator is missing under CI: run mvn verify, which installs it");
            org.junit.jupiter.api.Assumptions.abort("action-validator is not installed (npm); skipped outside CI");
        }
        for (Path file : workflows()) {
            Process p = new ProcessBuilder("node", validator.toString(), file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), file + " fails action-validator:\n" + output);
        }
    }

    private static List<Path> workflows() throws IOException {
        try (var list = Files.list(DIR)) {
            return list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
