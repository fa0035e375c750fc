package org.saferoll.publish;

import org.saferoll.load.Site;
import org.saferoll.util.ProjectPaths;
import org.saferoll.util.Trees;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The publish stage: swaps a verified staging folder in as {@code target/site} and writes the
 * offline zip. Until the swap the previous site stays whole; a reader never sees half a site.
 */
public final class Publisher {
    private final Path siteDir;
    private final Path zipFile;

    /** @param zipFile where the offline zip goes, or null for none */
    public Publisher(Path siteDir, Path zipFile) {
        this.siteDir = siteDir;
        this.zipFile = zipFile;
    }

    /**
     * Publishes {@code stagingDir}, the baked and verified {@code site}.
     */
    public void publish(Path stagingDir, Site site) throws IOException {
        LocalDate zipDate = zipDate(site);
        Path tmpZip = zipFile == null ? null : zipFile.resolveSibling(zipFile.getFileName() + ".tmp");
        if (tmpZip != null) {
            writeZip(stagingDir, tmpZip, zipDate);
        }
        Path old = siteDir.resolveSibling(siteDir.getFileName() + ".old");
        Trees.delete(old);
        if (Files.exists(siteDir)) {
            move(siteDir, old);
        }
        move(stagingDir, siteDir);
        if (tmpZip != null) {
            move(tmpZip, zipFile);
        }
        Trees.delete(old);
    }

    /**
     * The date stamped on every zip entry, never the clock's, so the same content gives the same
     * zip: SOURCE_DATE_EPOCH when set, else the newest review date in the content.
     */
    static LocalDate zipDate(Site site) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return site.published().stream().map(p -> p.header().value("reviewed-on"))
                .filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}")).max(String::compareTo)
                .map(LocalDate::parse).orElse(LocalDate.of(1980, 1, 1));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A reproducible zip: entries sorted, one fixed timestamp, all under a {@code saferoll/} folder. */
    static void writeZip(Path dir, Path zip, LocalDate date) throws IOException {
        FileTime time = FileTime.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> ProjectPaths.relative(dir, p))).toList();
        }
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                ZipEntry entry = new ZipEntry("saferoll/" + ProjectPaths.relative(dir, f));
                entry.setLastModifiedTime(time);
                entry.setTime(time.toMillis());
                z.putNextEntry(entry);
                Files.copy(f, z);
                z.closeEntry();
            }
        }
    }
}
