package org.saferoll.verify;

/** Lets tests in other packages resolve links the way the verifier does. */
public final class VerifierAccess {
    private VerifierAccess() {
    }

    public static String resolve(String from, String path) {
        return Verifier.resolve(from, path);
    }
}
