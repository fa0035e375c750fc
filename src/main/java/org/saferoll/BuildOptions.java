package org.saferoll;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How to run the pipeline.
 *
 * @param projectDir the folder with content/, templates/, assets/, schema/ and jbake.properties
 * @param outputDir  where the site and zip go (normally {@code target})
 * @param strict     warnings fail the build too
 * @param threads    pages parsed and rendered at once; 1 turns every concurrency off
 * @param today      the date reviews are checked against
 * @param zip        also write the offline zip (the preview does without)
 */
public record BuildOptions(Path projectDir, Path outputDir, boolean strict, int threads, LocalDate today, boolean zip) {

    public static BuildOptions defaults(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("target"), false,
                Runtime.getRuntime().availableProcessors(), LocalDate.now(), true);
    }

    public Path siteDir() {
        return outputDir.resolve("site");
    }

    public Path zipFile() {
        return outputDir.resolve("saferoll-site.zip");
    }

    public Path stagingDir() {
        return outputDir.resolve("site.staging");
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(projectDir, outputDir, value, threads, today, zip);
    }

    public BuildOptions withThreads(int value) {
        return new BuildOptions(projectDir, outputDir, strict, value, today, zip);
    }

    public BuildOptions withToday(LocalDate value) {
        return new BuildOptions(projectDir, outputDir, strict, threads, value, zip);
    }

    public BuildOptions withZip(boolean value) {
        return new BuildOptions(projectDir, outputDir, strict, threads, today, value);
    }

    public BuildOptions withOutputDir(Path value) {
        return new BuildOptions(projectDir, value, strict, threads, today, zip);
    }
}
