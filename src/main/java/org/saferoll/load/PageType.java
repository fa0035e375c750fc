package org.saferoll.load;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of page a writer can add. Each kind lives in its own folder under {@code content/}
 * and is baked with the template of the same name.
 */
public enum PageType {
    TECHNIQUE("technique", "techniques", "Techniques"),
    EQUIPMENT("equipment", "equipment", "Equipment"),
    PRECAUTION("precaution", "precautions", "Precautions"),
    ROUTINE("routine", "routines", "Routines"),
    PAGE("page", "", "Guide");

    private final String id;
    private final String folder;
    private final String sectionTitle;

    PageType(String id, String folder, String sectionTitle) {
        this.id = id;
        this.folder = folder;
        this.sectionTitle = sectionTitle;
    }

    /** The value of {@code :jbake-type:}, e.g. {@code technique}. */
    public String id() {
        return id;
    }

    /** Folder under {@code content/}; empty for free-standing pages. */
    public String folder() {
        return folder;
    }

    /** Heading of the section index, e.g. {@code Techniques}. */
    public String sectionTitle() {
        return sectionTitle;
    }

    /** The types with a folder and a section index, in menu order. */
    public static List<PageType> sections() {
        return List.of(TECHNIQUE, ROUTINE, EQUIPMENT, PRECAUTION);
    }

    public static Optional<PageType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** The comma-separated list of known type ids, for error hints. */
    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(PageType::id).toList());
    }
}
