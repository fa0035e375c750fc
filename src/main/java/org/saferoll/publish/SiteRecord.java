package org.saferoll.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.saferoll.bake.Baker;
import org.saferoll.util.Trees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the last publish left in {@code target/site} and the zip, so the next build can reuse it:
 * for each baked file, the fingerprint it was made from and the file's stamp (file key, modified
 * time, size); and the stamp of the zip with the stamps its entries had when it was written.
 *
 * <p>Why a stale or damaged record cannot leak into a site: a file counts as the one recorded only
 * while its stamp is unchanged. A file written since (by a later build, a kill between the swap
 * and this record, or a person) has another key or time, and is baked or compressed again. Reused
 * files are hard links, which keep their stamp through the swap.
 */
public final class SiteRecord {
    /** A file as the file system sees it; equal stamps, the same file untouched. */
    record Stamp(String key, long modified, long size) {
        static Optional<Stamp> of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return a.isRegularFile() && a.fileKey() != null
                        ? Optional.of(new Stamp(a.fileKey().toString(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.size()))
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** A baked file: the fingerprint it was rendered from and its stamp. */
    record Baked(String fingerprint, Stamp stamp) {
    }

    /** The record as stored. */
    record Stored(Map<String, Baked> baked, Stamp zip, Map<String, Stamp> zipped) {
        Stored {
            baked = baked == null ? Map.of() : baked;
            zipped = zipped == null ? Map.of() : zipped;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Stored stored;

    private SiteRecord(Path file, Stored stored) {
        this.file = file;
        this.stored = stored;
    }

    /** Where the record lies under the output folder. */
    private static final String RECORD = ".incremental/site.json";

    /** The record of the site published in {@code outputDir}; an empty one when there is none or it cannot be read. */
    public static SiteRecord of(Path outputDir) {
        return load(outputDir.resolve(RECORD));
    }

    /** The record in {@code file}; an empty one when there is none or it cannot be read. */
    static SiteRecord load(Path file) {
        Stored stored = null;
        try {
            if (Files.isRegularFile(file)) {
                stored = JSON.readValue(file.toFile(), Stored.class);
            }
        } catch (IOException | RuntimeException e) {
            // a damaged record only costs a full bake
        }
        return new SiteRecord(file, stored == null ? new Stored(null, null, null) : stored);
    }

    /** The published file at {@code uri}, when it was rendered from {@code fingerprint} and is untouched since. */
    Optional<Path> reusable(Path siteDir, String uri, String fingerprint) {
        Baked baked = stored.baked().get(uri);
        if (baked == null || !baked.fingerprint().equals(fingerprint)) {
            return Optional.empty();
        }
        Path published = siteDir.resolve(uri);
        return Stamp.of(published).filter(baked.stamp()::equals).map(s -> published);
    }

    /**
     * The files of the published site in {@code siteDir} the bake may take instead of rendering again:
     * those this record shows untouched since they were made from the same fingerprint.
     */
    public Baker.Previous previous(Path siteDir) {
        return new Baker.Previous() {
            @Override
            public Optional<Path> file(String uri, String fingerprint) {
                return reusable(siteDir, uri, fingerprint).filter(f -> Trees.insideReal(siteDir, f));
            }

            @Override
            public Optional<Path> published(String uri) {
                Path file = siteDir.resolve(uri).normalize();
                // A reused file is hard-linked into the site: through a link it would stay a file outside it.
                return Trees.insideReal(siteDir, file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        ? Optional.of(file) : Optional.empty();
            }
        };
    }

    /** Whether the zip, untouched since it was written, holds {@code staged} as its entry for {@code uri}. */
    boolean zipHolds(Path zipFile, String uri, Path staged) {
        Stamp zipped = stored.zipped().get(uri);
        return zipped != null && stored.zip() != null && Stamp.of(zipFile).filter(stored.zip()::equals).isPresent()
                && Stamp.of(staged).filter(zipped::equals).isPresent();
    }

    /**
     * Records what is now published: each baked file of {@code fingerprints} as it lies in
     * {@code siteDir}, and, when a zip was written by this publish, its stamp and its entries'.
     * A publish without a zip keeps the record of the zip that is still there.
     */
    void save(Path siteDir, Map<String, String> fingerprints, Path zipWritten) throws IOException {
        Map<String, Baked> baked = new HashMap<>();
        fingerprints.forEach((uri, fp) -> Stamp.of(siteDir.resolve(uri)).ifPresent(s -> baked.put(uri, new Baked(fp, s))));
        Stamp zip = stored.zip();
        Map<String, Stamp> zipped = stored.zipped();
        if (zipWritten != null) {
            zip = Stamp.of(zipWritten).orElse(null);
            zipped = new HashMap<>();
            for (Path f : Trees.files(siteDir)) {
                Map<String, Stamp> entries = zipped;
                Stamp.of(f).ifPresent(s -> entries.put(siteDir.relativize(f).toString().replace('\\', '/'), s));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "site", ".tmp");
        JSON.writeValue(tmp.toFile(), new Stored(baked, zip, zipped));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
