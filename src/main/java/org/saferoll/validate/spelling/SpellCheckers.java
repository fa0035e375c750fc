package org.saferoll.validate.spelling;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the LanguageTool checker from {@code target/prose-classes} and the jars listed in
 * {@code target/prose-classpath.txt}, which {@code ./saferoll check --prose} has Maven write on
 * first use (profile {@code prose} in pom.xml). The loader's parent is this class's own, so the
 * checker shares {@link SpellChecker} and every library the two class paths have in common.
 */
public final class SpellCheckers {
    /** The implementation, named here only: nothing on the default classpath refers to it. */
    static final String IMPLEMENTATION = "org.saferoll.prose.LanguageToolChecker";
    /** What installs the prose classpath; the launchers run it, and the messages name it. */
    public static final String INSTALL = "mvn -q -B -Pprose compiler:testCompile@prose dependency:build-classpath@prose";

    /**
     * LanguageTool touches OpenTelemetry, which logs at INFO that it found an SDK (the browser
     * tests' dependency) it will not configure: nothing a writer can act on. Held here so the
     * level sticks (java.util.logging keeps loggers weakly).
     */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("io.opentelemetry.api.GlobalOpenTelemetry");

    private SpellCheckers() {
    }

    /** The prose check could not be loaded; the message says why and what to run. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** The classpath file under {@code home} (the folder with pom.xml). */
    public static Path classpathFile(Path home) {
        return home.resolve("target/prose-classpath.txt");
    }

    /** Checkers already loaded, by home: LanguageTool's dictionaries take a second and some 100 MB to load. */
    private static final java.util.Map<Path, SpellChecker> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The checker, loaded from the prose classpath under {@code home} once per JVM. */
    public static synchronized SpellChecker load(Path home) throws Unavailable {
        Path key = home.toAbsolutePath().normalize();
        SpellChecker loaded = LOADED.get(key);
        if (loaded == null) {
            loaded = loadNew(key);
            LOADED.put(key, loaded);
        }
        return loaded;
    }

    private static SpellChecker loadNew(Path home) throws Unavailable {
        Path listing = classpathFile(home);
        Path classes = home.resolve("target/prose-classes");
        if (!Files.isRegularFile(listing) || !Files.isDirectory(classes)) {
            throw new Unavailable("the spelling and grammar checker is not installed (" + listing + " is missing); "
                    + "./saferoll check --prose installs it on first use, or run: " + INSTALL);
        }
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (String entry : Files.readString(listing, StandardCharsets.UTF_8).strip().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
        } catch (IOException e) {
            throw new Unavailable("cannot read " + listing + ": " + e.getMessage());
        }
        QUIET.setLevel(java.util.logging.Level.WARNING);
        ClassLoader loader = new URLClassLoader("prose", urls.toArray(URL[]::new), SpellChecker.class.getClassLoader());
        try {
            return Class.forName(IMPLEMENTATION, true, loader).asSubclass(SpellChecker.class).getConstructor().newInstance();
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new Unavailable("the spelling and grammar checker is incomplete (" + e.getMessage() + " not found); "
                    + "delete " + listing + " and run ./saferoll check --prose again, or run: " + INSTALL);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            throw new Unavailable("the spelling and grammar checker could not start: " + cause);
        }
    }
}
