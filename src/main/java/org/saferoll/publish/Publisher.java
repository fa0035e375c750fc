package org.saferoll.publish;

import org.saferoll.load.Site;
import org.saferoll.util.Trees;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The publish stage: swaps a verified staging folder in as {@code target/site} and writes the
 * offline zip. Until the swap the previous site stays whole; a reader never sees half a site.
 *
 * <p>The swap is a sequence of renames: write {@code zip.tmp} whole, rename {@code site} to
 * {@code site.old}, rename {@code staging} to {@code site}, rename {@code zip.tmp} to the zip,
 * delete {@code site.old}. A kill can stop it between any two; {@link #recover} then finishes or
 * undoes it, and every build calls it first. The staging folder tells which: while it exists the
 * new site is not in place, so the old one is put back; once it is gone the new site is, so the
 * new zip follows it.
 */
public final class Publisher {
    /** Called between the steps of a publish; tests stop there as a kill would. */
    interface Steps {
        void reached(String step) throws IOException;
    }

    private final Path siteDir;
    private final Path zipFile;
    private final Steps steps;
    private SiteRecord record;

    /**
     * Copies each entry of the previous zip whose file {@code record} shows unchanged, instead of
     * compressing it again (the zip comes out byte-identical either way), and records what this
     * publish left in {@code record} for the next build.
     */
    public Publisher reusing(SiteRecord record) {
        this.record = record;
        return this;
    }

    /** @param zipFile where the offline zip goes, or null for none */
    public Publisher(Path siteDir, Path zipFile) {
        this(siteDir, zipFile, step -> {
        });
    }

    Publisher(Path siteDir, Path zipFile, Steps steps) {
        this.siteDir = siteDir;
        this.zipFile = zipFile;
        this.steps = steps;
    }

    /**
     * What to publish: the verified staging folder, the site baked into it (its dates stamp the zip)
     * and the fingerprint each baked file was made from (kept in the record for the next build).
     */
    public record Request(Path stagingDir, Site site, Map<String, String> fingerprints) {
    }

    /** What was published: the site folder now in place and the zip beside it (null when none was asked for). */
    public record Published(Path siteDir, Path zipFile) {
    }

    /** Publishes the request's staging folder, stamping the zip with {@link #zipDate}. */
    public Published run(Request request) throws IOException {
        publish(request.stagingDir(), zipDate(request.site()));
        if (record != null) {
            record.save(siteDir, request.fingerprints(), zipFile);
        }
        return new Published(siteDir, zipFile);
    }

    /** Publishes {@code stagingDir} with every zip entry stamped {@code zipDate}. */
    void publish(Path stagingDir, LocalDate zipDate) throws IOException {
        recover(stagingDir);
        Path tmpZip = tmpZip(zipFile);
        // Null too when the zip in place already is the zip of this site.
        if (tmpZip != null && !new ZipWriter(zipFile, record == null ? (uri, file) -> false : (uri, file) -> record.zipHolds(zipFile, uri, file))
                .write(stagingDir, tmpZip, zipDate)) {
            tmpZip = null;
        }
        if (tmpZip != null) {
            steps.reached("zip written");
        }
        Path old = old(siteDir);
        if (Files.exists(siteDir)) {
            move(siteDir, old);
            steps.reached("old site moved aside");
        }
        move(stagingDir, siteDir);
        steps.reached("new site in place");
        if (tmpZip != null) {
            move(tmpZip, zipFile);
            steps.reached("zip in place");
        }
        Trees.delete(old);
    }

    /**
     * The date stamped on every zip entry, never the clock's, so the same content gives the same
     * zip: SOURCE_DATE_EPOCH when set, else the newest check or review date in the content.
     */
    static LocalDate zipDate(Site site) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return site.published().stream().map(org.saferoll.load.Page::lastChecked)
                .filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}")).max(String::compareTo)
                .map(LocalDate::parse).orElse(LocalDate.of(1980, 1, 1));
    }

    /**
     * Finishes or undoes a publish a kill interrupted, so that {@code target/site} is a complete
     * site and the zip matches it. Does nothing after a publish that ran to its end.
     *
     * @param stagingDir the staging folder of the interrupted build (it still exists if the new site never took the old one's place)
     */
    public void recover(Path stagingDir) throws IOException {
        boolean swapped = !Files.exists(stagingDir);
        Path tmpZip = tmpZip(zipFile);
        if (tmpZip != null && Files.exists(tmpZip)) {
            if (swapped && Files.exists(siteDir)) {
                move(tmpZip, zipFile); // written whole before the first rename: it belongs to the site now in place
            } else {
                Files.delete(tmpZip);
            }
        }
        Path old = old(siteDir);
        if (Files.exists(old)) {
            if (Files.exists(siteDir)) {
                Trees.delete(old);
            } else {
                move(old, siteDir);
            }
        }
    }

    private static Path tmpZip(Path zipFile) {
        return zipFile == null ? null : zipFile.resolveSibling(zipFile.getFileName() + ".tmp");
    }

    private static Path old(Path siteDir) {
        return siteDir.resolveSibling(siteDir.getFileName() + ".old");
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
        new ZipWriter(null, (uri, file) -> false).write(dir, zip, date);
    }
}
