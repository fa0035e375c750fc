package org.saferoll.bake;

import org.saferoll.util.Hashing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one baked file is made from, as a SHA-256: everything the renderer reads besides the page's
 * own model (templates, assets, {@code jbake.properties}, the schema as the build loaded it, the
 * site settings, the baking code and its libraries), followed by the complete model handed to the
 * template.
 *
 * <p>Why an equal fingerprint means equal output: the template sees its model and nothing else it
 * could not find in the hashed folders, and rendering is deterministic (the output of a clean build
 * is byte-identical from build to build). So no list of which page shows which fact is kept: a
 * title that appears in forty pages' navigation changes those forty models, and only those.
 */
final class Fingerprint {
    private static final String CODE = code();

    private final byte[] context;
    private final BakeMemory memory;

    private Fingerprint(byte[] context, BakeMemory memory) {
        this.context = context;
        this.memory = memory;
    }

    /**
     * The context of one bake of {@code projectDir}; {@code extra} is any other input every page depends on.
     * Long texts are hashed once and kept in {@code memory} (see {@link ModelDigest}).
     */
    static Fingerprint of(Path projectDir, BakeMemory memory, Object... extra) {
        MessageDigest md = sha256();
        md.update(CODE.getBytes(StandardCharsets.UTF_8));
        // Not schema/ as it is now: the caller passes the digest the schema took before it was read,
        // so a fingerprint names the schema its page was made with even when the schema is saved
        // during the build (the preview rebuilds on every save). What a page shows of the schema
        // also passes through its model; this keeps the context true on its own.
        String inputs = Hashing.tree(projectDir, Stream.of("templates", "assets", "jbake.properties").map(projectDir::resolve).toList());
        md.update(inputs.getBytes(StandardCharsets.UTF_8));
        for (Object e : extra) {
            md.update(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return new Fingerprint(md.digest(), memory);
    }

    /** The fingerprint of the file rendered from {@code model} in this context. */
    String of(Map<String, Object> model) {
        MessageDigest md = sha256();
        md.update(context);
        ModelDigest.update(md, model, memory);
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The fingerprint of a file made from whole pages (the search index): each page's path, source
     * text and HTML, from which the parser's code (part of the context) made the rest of it.
     */
    String ofSources(List<org.saferoll.load.Page> pages) {
        MessageDigest md = sha256();
        md.update(context);
        for (org.saferoll.load.Page page : pages) {
            md.update(page.path().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(memory.digest(page.source().text()));
            md.update(memory.digest(page.html())); // what the parser made of it, whatever else it read
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The bytes of SafeRoll's own classes (or its jar) and the versions of the libraries that render,
     * so a cache left by another build of the code is never taken for this one's output.
     */
    private static String code() {
        Path location;
        try {
            location = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            location = null;
        }
        return code(libraryVersions(), location);
    }

    /**
     * Every library bake reads or writes through, by name, with the version on the class path:
     * Freemarker and JBake render, jsoup reads pages for the search index, Jackson writes the JSON in
     * pages. An upgrade of any of them re-renders all.
     */
    static Map<String, String> libraryVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("java", System.getProperty("java.version"));
        versions.put("freemarker", String.valueOf(freemarker.template.Configuration.getVersion()));
        versions.put("jbake", String.valueOf(org.jbake.app.Renderer.class.getPackage().getImplementationVersion()));
        versions.put("jsoup", jarOf(org.jsoup.Jsoup.class));
        versions.put("jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        return versions;
    }

    /** The code fingerprint of {@code libraries} and the classes at {@code location} (null: unknown). */
    static String code(Map<String, String> libraries, Path location) {
        MessageDigest md = sha256();
        libraries.forEach((name, version) -> {
            md.update((name + "=" + version).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        });
        try {
            if (location == null) {
                throw new IOException("where SafeRoll's classes lie is unknown");
            }
            if (Files.isDirectory(location)) {
                md.update(Hashing.tree(location, List.of(location.resolve("org/saferoll"))).getBytes(StandardCharsets.UTF_8));
            } else {
                md.update(Files.readAllBytes(location));
            }
        } catch (IOException | RuntimeException e) {
            // Unknown code: a fingerprint no other run shares, so nothing is reused.
            md.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The jar a library class came from, by name (its version is in it), or its own version when it says one. */
    private static String jarOf(Class<?> c) {
        String version = c.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
        } catch (URISyntaxException | RuntimeException e) {
            return String.valueOf(System.nanoTime()); // unknown: nothing is reused
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
