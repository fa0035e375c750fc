package org.saferoll.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verify's saved results answer only for builds of the user who saved them (see LocalSecret). */
class VerifyCacheTest {
    @TempDir
    Path tmp;

    @Test
    void resultsSavedWithAnotherKeyNeverAnswerForAPage() throws Exception {
        byte[] planted = new byte[32];
        byte[] mine = new byte[32];
        mine[0] = 1;
        Path file = tmp.resolve("verified.json");
        byte[] page = "<p>a page with <script>alert(1)</script></p>".getBytes(StandardCharsets.UTF_8);

        VerifyCache theirs = new VerifyCache(planted).of(file, "allowlist");
        String theirKey = theirs.key(page);
        theirs.put(theirKey, new Verifier.Baked("x.html", Set.of(), List.of(), null, List.of()));
        theirs.save();

        VerifyCache ours = new VerifyCache(mine).of(file, "allowlist");
        assertNotEquals(theirKey, ours.key(page));
        assertTrue(ours.get(ours.key(page)).isEmpty(), "a planted result is never taken for this page");
        assertTrue(new VerifyCache(planted).of(file, "allowlist").get(theirKey).isPresent(), "the same key reads its own result");
    }
}
