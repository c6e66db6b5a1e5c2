package jos.kernel.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The compiled kernel keeps to its layers ({@link Layers}): no class refers to a package of a higher
 * layer or to a package listed after its own in the same layer, and every package is in the table.
 */
class LayersTest {
    private static final List<Path> KERNEL_CLASSES = List.of(Path.of("target/classes"), Path.of("target/testkernel-classes"));
    private static final List<Path> KERNEL_SOURCES = List.of(Path.of("src/main/java"), Path.of("src/testkernel/java"));
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    /** A class import (static imports name a member: their class is what counts). */
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+?\\.[A-Z]\\w*)[.;]");

    @Test
    void theKernelAndTheTestKernelKeepToTheirLayers() throws IOException {
        List<ClassModel> classes = new ArrayList<>();
        for (Path root : KERNEL_CLASSES) classes.addAll(read(root));
        assertTrue(classes.size() > 100, "read only " + classes.size() + " kernel classes from " + KERNEL_CLASSES);
        List<String> problems = new LayerCheck("jos.kernel", Layers.LAYERS).problems(classes);
        assertEquals("", String.join("\n", problems), problems.size() + " references break the layers");
    }

    /** A small table of its own, so that these tests do not change with the kernel's. */
    private static final Map<String, List<String>> SAMPLE = sample();

    private static Map<String, List<String>> sample() {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        layers.put("bottom", List.of("jos.kernel.x86", "jos.kernel.x86.apic"));
        layers.put("middle", List.of("jos.kernel.time", "jos.kernel.console", "jos.kernel.memory"));
        layers.put("top", List.of("jos.kernel.process", "jos.kernel.trap"));
        return layers;
    }

    /** The sources too: an import kept only for a comment's link also says the package depends upwards. */
    @Test
    void theKernelSourcesImportNothingFromAHigherLayer() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (Path root : KERNEL_SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String text = Files.readString(f);
                    Matcher pkg = PACKAGE.matcher(text);
                    assertTrue(pkg.find(), f + " has no package declaration");
                    String name = f.getFileName().toString().replace(".java", "");
                    Set<String> imported = new TreeSet<>();
                    Matcher m = IMPORT.matcher(text);
                    while (m.find()) imported.add(m.group(1));
                    imports.put(pkg.group(1) + "." + name, imported);
                }
            }
        }
        assertTrue(imports.size() > 100, "read only " + imports.size() + " kernel sources from " + KERNEL_SOURCES);
        List<String> problems = new LayerCheck("jos.kernel", Layers.LAYERS).problems(imports);
        assertEquals("", String.join("\n", problems), problems.size() + " imports break the layers");
    }

    @Test
    void anImportOfAHigherLayerIsReported() {
        List<String> problems = new LayerCheck("jos.kernel", SAMPLE).problems(
                Map.of("jos.kernel.x86.PerCpu", Set.of("jos.kernel.memory.TlbShootdown", "jos.hw.Cpu")));
        assertEquals(List.of("jos.kernel.x86.PerCpu (jos.kernel.x86, layer bottom #1) uses jos.kernel.memory.TlbShootdown"
                + " (jos.kernel.memory, layer middle #3)"), problems);
    }

    @Test
    void aReferenceToAHigherLayerIsReportedWithBothClassesAndLayers() {
        ClassModel up = fake("jos.kernel.x86.apic.Up", "jos.kernel.trap.Interrupts");
        List<String> problems = new LayerCheck("jos.kernel", SAMPLE).problems(List.of(up));
        assertEquals(List.of("jos.kernel.x86.apic.Up (jos.kernel.x86.apic, layer bottom #2) uses jos.kernel.trap.Interrupts"
                + " (jos.kernel.trap, layer top #2)"), problems);
    }

    @Test
    void referencesDownwardsAndInsideAPackageAreAllowed() {
        List<String> problems = new LayerCheck("jos.kernel", SAMPLE).problems(List.of(
                fake("jos.kernel.trap.Down", "jos.kernel.x86.PerCpu"),
                fake("jos.kernel.console.Side", "jos.kernel.time.Clock"),
                fake("jos.kernel.memory.Same", "jos.kernel.memory.Heap"),
                fake("jos.kernel.x86.Out", "jos.hw.Cpu")));
        assertEquals(List.of(), problems);
    }

    @Test
    void aTypeOnlyInAFieldDescriptorCountsAsAReference() {
        ClassModel up = ClassFile.of().parse(ClassFile.of().build(ClassDesc.of("jos.kernel.console.Field"),
                cb -> cb.withField("f", ClassDesc.of("jos.kernel.process.UserMode").arrayType(), 0)));
        List<String> problems = new LayerCheck("jos.kernel", SAMPLE).problems(List.of(up));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().contains("uses jos.kernel.process.UserMode (jos.kernel.process, layer top"), problems.getFirst());
    }

    @Test
    void aCycleInsideALayerIsReportedAtTheReferenceToTheLaterPackage() {
        ClassModel down = fake("jos.kernel.console.Down", "jos.kernel.time.Clock");
        ClassModel back = fake("jos.kernel.time.Back", "jos.kernel.console.Log");
        List<String> problems = new LayerCheck("jos.kernel", SAMPLE).problems(List.of(down, back));
        assertEquals(List.of("jos.kernel.time.Back (jos.kernel.time, layer middle #1) uses jos.kernel.console.Log"
                + " (jos.kernel.console, layer middle #2)"), problems);
    }

    @Test
    void aPackageMissingFromTheTableIsReported() {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        layers.put("bottom", List.of("jos.kernel.x86"));
        List<String> problems = new LayerCheck("jos.kernel", layers).problems(List.of(
                fake("jos.kernel.x86.A", "jos.kernel.sched.Queue"), fake("jos.kernel.ipc.B", "java.lang.Object")));
        assertEquals(List.of(
                "jos.kernel.ipc.B: package jos.kernel.ipc is in no layer of the table",
                "jos.kernel.x86.A uses jos.kernel.sched.Queue: package jos.kernel.sched is in no layer of the table"), problems);
    }

    @Test
    void aPackageListedTwiceIsRefused() {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        layers.put("bottom", List.of("jos.kernel.x86"));
        layers.put("top", List.of("jos.kernel.x86"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new LayerCheck("jos.kernel", layers));
        assertEquals("package jos.kernel.x86 is listed twice in the layer table", e.getMessage());
    }

    /** A class named self whose only method calls a static method of target. */
    private static ClassModel fake(String self, String target) {
        byte[] bytes = ClassFile.of().build(ClassDesc.of(self), cb -> cb.withMethodBody("m",
                MethodTypeDesc.of(ConstantDescs.CD_void), ClassFile.ACC_STATIC,
                code -> code.invokestatic(ClassDesc.of(target), "x", MethodTypeDesc.of(ConstantDescs.CD_void)).return_()));
        return ClassFile.of().parse(bytes);
    }

    private static List<ClassModel> read(Path root) throws IOException {
        List<ClassModel> models = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                models.add(ClassFile.of().parse(Files.readAllBytes(f)));
            }
        }
        return models;
    }
}
