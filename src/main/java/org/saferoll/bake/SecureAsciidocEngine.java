package org.saferoll.bake;

import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.saferoll.load.Page;

import java.io.File;
import java.util.Map;

/**
 * JBake's engine for {@code .adoc} files, replacing the one JBake ships (which forces
 * Asciidoctor into UNSAFE mode). It hands JBake the page the load stage already parsed and
 * converted in SECURE mode, so every page is parsed once and no file outside a page is read.
 */
public final class SecureAsciidocEngine extends MarkupEngine {
    private static final SecureAsciidocEngine INSTANCE = new SecureAsciidocEngine();

    private volatile Map<String, Page> pagesByFile = Map.of();

    private SecureAsciidocEngine() {
    }

    /**
     * Makes this engine JBake's engine for AsciiDoc and gives it the pages of this build.
     *
     * @param pagesByFile pages keyed by the absolute path of their file
     */
    public static synchronized void install(Map<String, Page> pagesByFile) {
        if (Engines.get("adoc") != INSTANCE) {
            for (String extension : new String[]{"adoc", "asciidoc", "ad"}) {
                Engines.register(extension, INSTANCE);
            }
        }
        INSTANCE.pagesByFile = Map.copyOf(pagesByFile);
    }

    private Page page(ParserContext context) {
        File file = context.getFile();
        Page page = pagesByFile.get(file.getAbsolutePath());
        if (page == null) {
            // Only pages that passed validation may be baked; anything else is a bug in the pipeline.
            throw new IllegalStateException(file + " was not loaded and validated before baking");
        }
        return page;
    }

    @Override
    public void processHeader(ParserContext context) {
        Page page = page(context);
        DocumentModel model = context.getDocumentModel();
        model.setTitle(page.title());
        model.setType(page.header().value("jbake-type"));
        model.setStatus(page.header().value("jbake-status"));
        page.header().attributes().values().forEach(a -> model.put(a.name(), a.value()));
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(page(context).html());
    }
}
