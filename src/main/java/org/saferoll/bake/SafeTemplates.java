package org.saferoll.bake;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import org.jbake.app.Renderer;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Takes Java away from the templates. Templates come with a pull request, and FreeMarker's
 * defaults let one build any Java object ({@code "...ObjectConstructor"?new()}) and so read any
 * file on the machine into a page or run a command. JBake keeps its FreeMarker configuration
 * to itself and offers no setting for this, so it is reached by reflection; if a JBake upgrade
 * moves it, the bake stops here instead of running templates unguarded.
 */
final class SafeTemplates {
    private SafeTemplates() {
    }

    /** Forbids {@code ?new} and {@code ?api} in every FreeMarker template {@code renderer} renders. */
    static Renderer guard(Renderer renderer) {
        try {
            Object delegating = field(renderer, "renderingEngine");
            Object engines = field(field(delegating, "renderers"), "engines");
            Configuration freemarker = (Configuration) field(((Map<?, ?>) engines).get("ftl"), "templateCfg");
            freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
            freemarker.setAPIBuiltinEnabled(false);
            return renderer;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot guard JBake's FreeMarker templates (" + e + "): was JBake upgraded?", e);
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
