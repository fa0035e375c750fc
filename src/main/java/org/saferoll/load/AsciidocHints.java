package org.saferoll.load;

/** Turns Asciidoctor's warnings into advice a writer can act on. */
final class AsciidocHints {
    private AsciidocHints() {
    }

    static String hintFor(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.startsWith("unterminated")) {
            return "close the block with the same delimiter line that opened it (for example ---- or ====)";
        }
        if (m.contains("section title out of sequence")) {
            return "use one more = than the parent heading: == for a section, === inside it";
        }
        if (m.contains("include")) {
            return "pages cannot include other files; link to them with xref: instead";
        }
        if (m.contains("invalid reference") || m.contains("possible invalid reference")) {
            return "check the id or file name after xref: (it must match an existing page or section)";
        }
        if (m.contains("list item index") || m.contains("list")) {
            return "check the list markers: the same marker and numbering for every item of one list";
        }
        return "see the AsciiDoc syntax quick reference, or ask in the pull request";
    }
}
