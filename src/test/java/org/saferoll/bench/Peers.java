package org.saferoll.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The other site generators the benchmark runs on the same pages: Antora (the model pipeline for
 * an AsciiDoc site) and the plain Asciidoctor command line, the engine floor that converts pages and
 * nothing else. {@code bench/run} installs both when they are missing and passes their commands
 * here as {@code -Dbench.antora} and {@code -Dbench.asciidoctor}.
 *
 * @param antora      the {@code antora} executable
 * @param asciidoctor the {@code asciidoctor} executable (Ruby's, or asciidoctor.js's when Ruby's could not be installed)
 * @param jdk25       a JDK 25 or newer ({@code -Dbench.jdk25}), to run SafeRoll with and without its AOT cache; null when none
 */
record Peers(String antora, String asciidoctor, Path jdk25) {

    /** The peers bench/run found or installed; fails with what to do when it did not. */
    static Peers fromSystemProperties() {
        String antora = System.getProperty("bench.antora", "");
        String asciidoctor = System.getProperty("bench.asciidoctor", "");
        if (antora.isBlank() || asciidoctor.isBlank()) {
            throw new IllegalStateException("run the benchmark through bench/run, which installs Antora and Asciidoctor "
                    + "and passes -Dbench.antora and -Dbench.asciidoctor");
        }
        String jdk25 = System.getProperty("bench.jdk25", "");
        return new Peers(antora, asciidoctor, jdk25.isBlank() ? null : Path.of(jdk25));
    }

    /** {@code antora --version} and the first line of {@code asciidoctor --version}, for the report. */
    String antoraVersion() throws IOException, InterruptedException {
        return firstLine(List.of(antora, "--version")).replaceAll("(?s).*?site-generator: ", "").trim();
    }

    String asciidoctorVersion() throws IOException, InterruptedException {
        return firstLine(List.of(asciidoctor, "--version")).replaceAll(" \\[.*", "").trim();
    }

    /** Antora building the project {@link AntoraProject} wrote around a corpus. */
    List<String> antoraBuild(Path playbook) {
        return List.of(antora, "--quiet", playbook.toString());
    }

    /**
     * Asciidoctor converting every page of a corpus in one process, in secure mode as SafeRoll does,
     * to body HTML (no page frame), mirroring the folders into {@code out}.
     */
    List<String> asciidoctorConvert(Path corpus, Path out) {
        Path content = corpus.resolve("content");
        return List.of(asciidoctor, "-S", "secure", "-s", "-R", content.toString(), "-D", out.toString(),
                content + "/**/*.adoc");
    }

    private static String firstLine(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return command.get(0).contains("antora") ? output.replace('\n', ' ') : output.lines().findFirst().orElse("");
    }

    /** True when {@code dir} holds at least one file, so a peer's run can be checked for output. */
    static boolean wroteFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.toString().endsWith(".html"));
        }
    }
}
