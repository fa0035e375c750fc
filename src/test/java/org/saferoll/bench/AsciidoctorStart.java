package org.saferoll.bench;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;

/** Starts JRuby and Asciidoctor and converts one line: the floor under every cold build and check. */
public final class AsciidoctorStart {
    public static void main(String[] args) {
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            asciidoctor.convert("= Title\n\nOne *line*.", Options.builder().build());
        }
    }
}
