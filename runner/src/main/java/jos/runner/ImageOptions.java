package jos.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code run} share: where the image goes and what it carries. */
public final class ImageOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: build/os)")
    Path out;

    @Option(names = "--cmdline", paramLabel = "TEXT", description = "the kernel command line (default: empty)")
    String cmdline = "";

    @Option(names = "--module", paramLabel = "FILE[=/boot/path]",
            description = "an extra module, in order; its path on the image defaults to /boot/<file name>")
    List<String> modules = new ArrayList<>();

    public ImageSpec spec() {
        return new ImageSpec(cmdline, modules.stream().map(BootModule::parse).toList());
    }

    public Path out(Project project) {
        return out == null ? project.defaultOut() : out.toAbsolutePath().normalize();
    }
}
