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
    void pullRequestsCheckBuildTestAndAttachTheZip() throws IOException {
        JsonNode wf = load("pull-request.yml");
        assertTrue(wf.path("on").has("pull_request"));
        List<String> runs = runs(wf);
        assertTrue(runs.stream().anyMatch(r -> r.startsWith("./saferoll check")), "validation with annotations");
        for (String command : readmeCommands()) {
            assertTrue(runs.contains(command), "runs the README command " + command + ": " + runs);
        }
        String upload = wf.path("jobs").path("check").toString();
        assertTrue(upload.contains("target/saferoll-site.zip"));
        assertTrue(upload.contains("\"cache\":\"maven\""), "Maven dependencies are cached");
    }

    @Test
    void mainDeploysToPagesAndTagsRelease() throws IOException {
        JsonNode pages = load("pages.yml");
        assertEquals("main", pages.path("on").path("push").path("branches").get(0).asText());
        String text = pages.toString();
        assertTrue(text.contains("actions/upload-pages-artifact@") && text.contains("\"path\":\"target/site\""));
        assertTrue(text.contains("actions/deploy-pages@"));
        assertEquals("write", pages.path("jobs").path("deploy").path("permissions").path("pages").asText());
        assertTrue(runs(pages).contains(readmeCommands().get(0)));

        JsonNode release = load("release.yml");
        assertEquals("v*", release.path("on").path("push").path("tags").get(0).asText());
        String releaseRuns = String.join("\n", runs(release));
        assertTrue(releaseRuns.contains("sha256sum saferoll-site.zip"));
        assertTrue(releaseRuns.contains("saferoll-site.zip.sha256"));
        assertFalse(release.path("permissions").path("contents").asText().equals("write"), "write only in the job");
    }
}
