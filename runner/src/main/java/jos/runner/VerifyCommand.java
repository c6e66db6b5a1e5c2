package jos.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scripts/os verify IMAGE}: every signature of an image ({@link ImageVerifier}); exit 1 naming each file that fails. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks every signature in an image (an ISO, or the directory of its files) and names each file that fails."})
public final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "IMAGE", description = "jos.iso, or a directory holding the image's files (e.g. build/os/iso-root)")
    Path image;

    @Option(names = "--key", paramLabel = "FILE|DIR", description = "accept only this Ed25519 public key (a PEM file, or the keys directory)")
    Path key;

    @Override
    public Integer call() {
        Path root = image;
        if (Files.isRegularFile(image)) {
            Tools.fromEnvironment().require(Tool.XORRISO);
            root = image.toAbsolutePath().getParent().resolve(image.getFileName() + ".verify");
            IsoTree.fresh(root);
            new ToolRunner(System.err).run("extracting " + image, List.of("xorriso", "-osirrox", "on", "-indev",
                    image.toAbsolutePath().toString(), "-extract", "/", root.toString()), root, false);
        } else if (!Files.isDirectory(image)) {
            throw new RunnerException(image + ": no such image");
        }
        Optional<byte[]> expected = Optional.ofNullable(key)
                .map(k -> OwnerKeys.publicKey(Files.isDirectory(k) ? k.resolve(OwnerKeys.SIGNING_PUBLIC) : k).getEncoded());
        ImageVerifier.Report report = ImageVerifier.verify(root, expected);
        for (ImageVerifier.Failure f : report.failures()) System.err.println("os: verify: " + f);
        System.err.println("os: verify: " + report.checked().size() + " files checked" + (report.key() != null
                ? " against key " + HexFormat.of().formatHex(report.key()) : "") + ", " + report.failures().size() + " failed");
        return report.failures().isEmpty() ? 0 : 1;
    }
}
