package org.saferoll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A warm build with nothing changed keeps the zip in place instead of writing it again, and only
 * while it is the zip it recorded: one changed behind the build's back is written again, equal to
 * a clean build's.
 */
class ZipReuseTest {
    @TempDir
    Path tmp;

    @Test
    void anUnchangedZipIsKeptAndAZipChangedByHandIsWrittenAgain() throws IOException {
        TestProject p = TestProject.copy(tmp);
        BuildOptions warm = p.options();
        assertTrue(TestProject.reusingPipeline().build(warm).published());
        assertTrue(TestProject.reusingPipeline().build(warm).published());
        Object kept = Files.readAttributes(warm.zipFile(), BasicFileAttributes.class).fileKey();
        assertTrue(TestProject.reusingPipeline().build(warm).published());
        assertEquals(kept, Files.readAttributes(warm.zipFile(), BasicFileAttributes.class).fileKey(), "nothing changed, yet the zip was written again");

        // Changed in place by hand: same size, only its modified time tells.
        byte[] zip = Files.readAllBytes(warm.zipFile());
        FileTime time = Files.getLastModifiedTime(warm.zipFile());
        zip[zip.length / 2] ^= 1;
        Files.write(warm.zipFile(), zip, StandardOpenOption.TRUNCATE_EXISTING);
        Files.setLastModifiedTime(warm.zipFile(), FileTime.fromMillis(time.toMillis() + 1000));
        assertTrue(TestProject.reusingPipeline().build(warm).published());

        BuildOptions clean = p.options().withOutputDir(tmp.resolve("clean"));
        assertTrue(TestProject.pipeline().build(clean).published());
        assertArrayEquals(Files.readAllBytes(clean.zipFile()), Files.readAllBytes(warm.zipFile()), "the zip changed by hand was kept");
        assertNotEquals(kept, Files.readAttributes(warm.zipFile(), BasicFileAttributes.class).fileKey());
    }
}
