package jos.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jos.hw.Layouts;
import jos.hw.Struct;
import org.junit.jupiter.api.Test;

/**
 * Every {@code @Struct} the kernel declares (its compiled classes, found on disk) passes
 * {@link Layouts#verify}: members in order, none overlapping, the size what they need. Several packages
 * grow shared blocks (a process, a notification, the scheduler's area of a thread) at once; two fields
 * given the same offset would otherwise compile and run, each corrupting the other.
 */
class StructsTest {
    @Test
    void everyKernelStructIsAValidLayout() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(p -> classes.relativize(p).toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
        List<String> verified = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (type.getAnnotation(Struct.class) == null) continue;
            Layouts.verify(type);
            verified.add(name);
        }
        assertTrue(verified.contains("jos.kernel.process.Process") && verified.contains("jos.kernel.sched.SchedState")
                && verified.size() > 20, "found the kernel's structs: " + verified);
    }
}
