package org.saferoll.validate;

import org.saferoll.load.Page;
import org.saferoll.load.SourceFile;
import org.saferoll.load.Site;

import java.util.List;

/**
 * What the rules that read the site may see of the other pages: path, id, address, header, steps
 * and anchors, without the text, the HTML or the prose. Site-wide results are reused while these
 * facts are equal, and because the rules are handed exactly these stripped pages, a fact they
 * could read but the comparison missed cannot exist.
 */
final class SiteFacts {
    private SiteFacts() {
    }

    /** The site as the rules that read it see it: the same pages, stripped to their facts, and the same problems. */
    static Site of(Site site) {
        List<Page> facts = site.pages().stream().map(SiteFacts::of).toList();
        return new Site(site.projectDir(), facts, List.copyOf(site.problems()));
    }

    private static Page of(Page page) {
        return new Page(new SourceFile(page.path(), "", List.of()), page.id(), page.uri(), page.header(), page.steps(),
                "", page.anchors(), List.of(), List.of());
    }
}
