package org.saferoll.publish;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.saferoll.util.ProjectPaths;
import org.saferoll.util.Trees;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.zip.Deflater;

/**
 * Writes the offline zip: entries sorted, one fixed timestamp, all under a {@code saferoll/} folder,
 * so the same site gives the same bytes. An entry whose file is unchanged since the previous zip
 * is copied from it raw (already compressed, CRC and sizes included), which yields the very bytes
 * compressing it again would.
 */
final class ZipWriter {
    /** Entries larger than this are compressed at the fastest level. */
    static final long LARGE = 1 << 20;
    private final Path previous;
    private final BiPredicate<String, Path> unchanged;

    /**
     * @param previous  the zip written last time, or null
     * @param unchanged whether that zip's entry for a site path holds this file's bytes
     */
    ZipWriter(Path previous, BiPredicate<String, Path> unchanged) {
        this.previous = previous;
        this.unchanged = unchanged;
    }

    /**
     * Writes the zip of {@code dir} to {@code zip}, unless the previous zip already holds exactly these
     * files, each unchanged, stamped {@code date}: then it is the zip this would write, and nothing is written.
     *
     * @return whether {@code zip} was written
     */
    boolean write(Path dir, Path zip, LocalDate date) throws IOException {
        long time = date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        List<Path> files = Trees.files(dir).stream().sorted(Comparator.comparing(p -> ProjectPaths.relative(dir, p))).toList();
        try (ZipFile old = open(previous)) {
            if (old != null && holdsExactly(old, dir, files, time)) {
                return false;
            }
            Files.createDirectories(zip.toAbsolutePath().getParent());
            write(old, dir, files, zip, time);
            return true;
        }
    }

    private boolean holdsExactly(ZipFile old, Path dir, List<Path> files, long time) {
        if (java.util.Collections.list(old.getEntries()).size() != files.size()) {
            return false;
        }
        for (Path f : files) {
            String uri = ProjectPaths.relative(dir, f);
            ZipArchiveEntry kept = old.getEntry("saferoll/" + uri);
            if (kept == null || kept.getTime() != time || !unchanged.test(uri, f)) {
                return false;
            }
        }
        return true;
    }

    private void write(ZipFile old, Path dir, List<Path> files, Path zip, long time) throws IOException {
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(zip)) {
            // No entry comes near 4 GiB; without Zip64 a copied entry's headers are the very ones compressing writes.
            z.setUseZip64(Zip64Mode.Never);
            for (Path f : files) {
                String uri = ProjectPaths.relative(dir, f);
                ZipArchiveEntry kept = old == null || !unchanged.test(uri, f) ? null : old.getEntry("saferoll/" + uri);
                if (kept != null && kept.getTime() == time) {
                    try (InputStream raw = old.getRawInputStream(kept)) {
                        z.addRawArchiveEntry(kept, raw);
                    }
                    continue;
                }
                ZipArchiveEntry entry = new ZipArchiveEntry("saferoll/" + uri);
                entry.setMethod(ZipArchiveEntry.DEFLATED);
                entry.setTime(time);
                entry.setSize(Files.size(f));
                // The search index (megabytes, changed by every edit) is compressed fast: at the default level it
                // was most of a warm publish after a one-page edit, for a fifth less size.
                z.setLevel(entry.getSize() > LARGE ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
                z.putArchiveEntry(entry);
                Files.copy(f, z);
                z.closeArchiveEntry();
            }
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        if (zip == null || !Files.isRegularFile(zip)) {
            return null;
        }
        try {
            return ZipFile.builder().setPath(zip).get();
        } catch (IOException e) {
            return null; // unreadable: every entry is compressed again
        }
    }
}
