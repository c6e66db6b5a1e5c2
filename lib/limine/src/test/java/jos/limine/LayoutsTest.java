package jos.limine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jos.hw.Layouts;
import jos.hw.Struct;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every @Struct of the library (found by walking its classes) follows the C layout rules and has the spec's size. */
class LayoutsTest {
    /** Each structure's size in bytes, from limine-PROTOCOL-v8.x.md (x86_64). */
    static final Map<String, Integer> SIZES = new TreeMap<>(Map.ofEntries(Map.entry("RequestHeader", 48),
            Map.entry("BootloaderInfoResponse", 24), Map.entry("FirmwareTypeResponse", 16), Map.entry("StackSizeRequest", 56),
            Map.entry("StackSizeResponse", 8), Map.entry("HhdmResponse", 16), Map.entry("FramebufferResponse", 24),
            Map.entry("Framebuffer", 80), Map.entry("VideoMode", 40), Map.entry("PagingModeRequest", 72),
            Map.entry("PagingModeResponse", 16), Map.entry("SmpRequest", 56), Map.entry("SmpResponse", 32), Map.entry("SmpInfo", 32),
            Map.entry("MemoryMapResponse", 24), Map.entry("MemoryMapEntry", 24), Map.entry("EntryPointRequest", 56),
            Map.entry("EntryPointResponse", 8), Map.entry("KernelFileResponse", 16), Map.entry("ModuleRequest", 64),
            Map.entry("InternalModule", 24), Map.entry("ModuleResponse", 24), Map.entry("File", 112), Map.entry("Uuid", 16),
            Map.entry("RsdpResponse", 16), Map.entry("SmbiosResponse", 24), Map.entry("EfiSystemTableResponse", 16),
            Map.entry("EfiMemoryMapResponse", 40), Map.entry("BootTimeResponse", 16), Map.entry("KernelAddressResponse", 24),
            Map.entry("DtbResponse", 16)));

    static List<Class<?>> structs() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Protocol.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> structs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, Protocol.class.getClassLoader());
                if (c.isAnnotationPresent(Struct.class)) structs.add(c);
            }
        }
        return structs;
    }

    @TestFactory
    List<DynamicTest> everyStructIsWellFormed() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> c : structs()) tests.add(DynamicTest.dynamicTest(c.getSimpleName(), () -> Layouts.verify(c)));
        return tests;
    }

    @Test
    void everyStructHasTheSpecifiedSizeAndItsSizeConstant() throws Exception {
        Map<String, Integer> found = new TreeMap<>();
        for (Class<?> c : structs()) {
            int size = c.getAnnotation(Struct.class).size();
            found.put(c.getSimpleName(), size);
            String constant = c == File.class ? "BYTES" : "SIZE";
            assertEquals(size, c.getField(constant).getInt(null), c.getSimpleName() + "." + constant);
        }
        assertEquals(SIZES, found);
    }
}
