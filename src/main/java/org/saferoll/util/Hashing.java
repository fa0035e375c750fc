package org.saferoll.util;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as lowercase hex. */
public final class Hashing {
    private Hashing() {
    }

    /** The SHA-256 of the parts, one after the other, in hex. */
    public static String sha256(byte[]... parts) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (byte[] part : parts) {
            md.update(part);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
