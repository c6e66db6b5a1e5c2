package jos.aot.model;

import java.lang.classfile.AnnotationValue;
import java.lang.classfile.AttributedElement;
import java.lang.classfile.Attributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotations of a class member, visible and invisible alike, by type descriptor
 * ("Ljos/hw/Export;"), each as its element values: String, Integer, Long, Boolean, or List of those.
 */
public final class Annotations {
    private Annotations() {
    }

    public static Map<String, Map<String, Object>> of(AttributedElement element) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        List<java.lang.classfile.Annotation> all = new ArrayList<>();
        element.findAttribute(Attributes.runtimeVisibleAnnotations()).ifPresent(a -> all.addAll(a.annotations()));
        element.findAttribute(Attributes.runtimeInvisibleAnnotations()).ifPresent(a -> all.addAll(a.annotations()));
        for (var a : all) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (var e : a.elements()) values.put(e.name().stringValue(), value(e.value()));
            out.put(a.className().stringValue(), values);
        }
        return out;
    }

    private static Object value(AnnotationValue v) {
        return switch (v) {
            case AnnotationValue.OfString s -> s.stringValue();
            case AnnotationValue.OfInt i -> i.intValue();
            case AnnotationValue.OfLong l -> l.longValue();
            case AnnotationValue.OfBoolean b -> b.booleanValue();
            case AnnotationValue.OfArray arr -> arr.values().stream().map(Annotations::value).toList();
            default -> v.toString();
        };
    }
}
