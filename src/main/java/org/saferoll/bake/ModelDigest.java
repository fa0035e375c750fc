package org.saferoll.bake;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * Feeds a template's model to a digest as canonical JSON (map keys sorted), with each long text
 * (a page body, the shared navigation) as its SHA-256 from the bake's {@link BakeMemory}: writing
 * and hashing every page body again was most of a warm bake that changed one page.
 */
final class ModelDigest {
    /** Texts from this length on enter the JSON as their SHA-256. */
    static final int LONG_TEXT = 512;
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .registerModule(new SimpleModule().addSerializer(String.class, new TextSerializer()));

    private ModelDigest() {
    }

    static void update(MessageDigest md, Map<String, Object> model, BakeMemory memory) {
        try (OutputStream out = new DigestStream(md)) {
            CANONICAL.writer().withAttribute(BakeMemory.class, memory).writeValue(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a long text as its SHA-256 and any other text as it is. The two never meet: a hash is
     * written as a NUL, "sha256:" and the hex, and a short text that starts with a NUL gets one more.
     */
    private static final class TextSerializer extends StdSerializer<String> {
        TextSerializer() {
            super(String.class);
        }

        @Override
        public void serialize(String text, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (text.length() >= LONG_TEXT) {
                BakeMemory memory = (BakeMemory) provider.getAttribute(BakeMemory.class);
                gen.writeString("\0sha256:" + HexFormat.of().formatHex(memory.digest(text)));
            } else {
                gen.writeString(text.startsWith("\0") ? "\0" + text : text);
            }
        }
    }

    /** Feeds what is written to a digest, so a large model is never held as one string. */
    private static final class DigestStream extends OutputStream {
        private final MessageDigest md;

        DigestStream(MessageDigest md) {
            this.md = md;
        }

        @Override
        public void write(int b) {
            md.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            md.update(b, off, len);
        }
    }
}
