package jos.kernel.layers;

import java.util.List;
import java.util.Map;

/**
 * The kernel's layers, bottom first, and the package each layer owns. This is the one declaration of
 * the layering: {@link LayersTest} checks the compiled kernel against it and docs/kernel.md draws it.
 * A package may use its own layer and the layers below; within a layer the packages are listed in an
 * order that only looks down (a package may use those listed before it, never one after it).
 */
final class Layers {
    private Layers() {
    }

    /** Layer name to its packages, in the order a package may use (earlier ones only). */
    static final Map<String, List<String>> LAYERS = orderedMap(
            "bottom", List.of(
                    "jos.kernel.x86",
                    "jos.kernel.x86.cpu",
                    "jos.kernel.x86.apic",
                    "jos.kernel.x86.idt",
                    "jos.kernel.x86.user"),
            "middle", List.of(
                    "jos.kernel.boot.limine",
                    "jos.kernel.time",
                    "jos.kernel.console",
                    "jos.kernel.panic",
                    "jos.kernel.memory",
                    "jos.kernel.timer",
                    "jos.kernel.acpi",
                    "jos.kernel.irq",
                    "jos.kernel.smp"),
            "top", List.of(
                    "jos.kernel.boot",
                    "jos.kernel.capability",
                    "jos.kernel.sched",
                    "jos.kernel.ipc",
                    "jos.kernel.process",
                    "jos.kernel.trap",
                    "jos.kernel.syscall",
                    "jos.kernel"),
            "test kernel", List.of(
                    "jos.kernel.scenario",
                    "jos.kernel.testkernel"));

    private static Map<String, List<String>> orderedMap(Object... pairs) {
        var map = new java.util.LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> packages = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], packages);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
