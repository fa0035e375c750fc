package org.saferoll.bake;

import org.jbake.model.DocumentModel;

import java.util.Map;

/** JBake's document for one output page: our model plus the fields JBake's renderer reads itself. */
final class Documents {
    private Documents() {
    }

    /**
     * @param model what the template sees; its {@code pagetype}, {@code title}, {@code pageuri} and
     *              {@code rootpath} also tell the renderer which template to use and where to write
     * @param body  the page's HTML body (empty for generated pages)
     */
    static DocumentModel of(Map<String, Object> model, String body) {
        DocumentModel doc = new DocumentModel();
        doc.putAll(model);
        doc.setType((String) model.get("pagetype"));
        doc.setStatus("published");
        doc.setTitle((String) model.get("title"));
        doc.setUri((String) model.get("pageuri"));
        doc.setRootPath((String) model.get("rootpath"));
        doc.setBody(body);
        return doc;
    }
}
