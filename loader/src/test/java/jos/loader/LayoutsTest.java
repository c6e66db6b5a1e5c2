package jos.loader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jos.hw.Layouts;
import jos.hw.Struct;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every @Struct the loader declares (found by walking its classes) matches the C layout rules. */
class LayoutsTest {
    @TestFactory
    List<DynamicTest> everyStructIsWellFormed() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Loader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> structs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, Loader.class.getClassLoader());
                if (c.isAnnotationPresent(Struct.class)) structs.add(c);
            }
        }
        // The ACPI, ELF and Limine layouts are lib/acpi's, lib/elf's and lib/limine's, checked by their own LayoutsTests.
        assertTrue(structs.size() >= 11, "expected every multiboot2 and CPU layout; found " + structs.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> c : structs) tests.add(DynamicTest.dynamicTest(c.getName(), () -> Layouts.verify(c)));
        return tests;
    }
}
