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

    @Option(names = "--test-kernel",
            description = "the test kernel (runs the scenario named by test=<name>) instead of the product kernel;"
                    + " default output directory build/os-test")
    boolean testKernel;

    @Option(names = "--sign", paramLabel = "DIR",
            description = "sign the kernel and every module with the owner's keys in DIR (scripts/os keys generate)")
    Path sign;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "the passphrase of the keys in the --sign directory")
    Path passphraseFile;

    /** builder, signing with the --sign keys if given. */
    public ImageBuilder signing(ImageBuilder builder) {
        return sign == null ? builder : builder.signedWith(OwnerKeys.load(sign, OwnerKeys.passphrase(passphraseFile)));
    }

    public ImageSpec spec() {
        return new ImageSpec(cmdline, modules.stream().map(BootModule::parse).toList());
    }

    public KernelKind kernel() {
        return testKernel ? KernelKind.TEST : KernelKind.PRODUCT;
    }

    public Path out(Project project) {
        if (out != null) {
            return out.toAbsolutePath().normalize();
        }
        return testKernel ? project.defaultTestOut() : project.defaultOut();
    }
}
