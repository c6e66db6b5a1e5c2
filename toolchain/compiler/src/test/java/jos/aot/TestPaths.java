package jos.aot;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locations of the build's test classes. */
final class TestPaths {
    private TestPaths() {}

    static Path testClasses() {
        try {
            return Path.of(TestPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
