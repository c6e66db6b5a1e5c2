package jos.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the bootable image in an output directory (default {@code build/os}): checks every tool first,
 * compiles the Java modules if stale ({@link JavaBuild}), the kernel (the product kernel, or the test
 * kernel: {@link KernelKind}) and, under GRUB, the loader ({@link NativeBuild}), then makes {@code jos.iso}
 * ({@link GrubIso} or {@link LimineIso}). Next to the ISO
 * it records what it was built with ({@code image.txt}); {@link #staleness} compares that and the
 * source times, so that {@code scripts/os run} rebuilds only when needed.
 */
public final class ImageBuilder {

    public static final String ISO_NAME = "jos.iso";
    public static final String STAMP_NAME = "image.txt";

    private final Project project;
    private final Tools tools;
    private final ToolRunner runner;
    private final Bootloader bootloader;
    private final KernelKind kernel;
    /** The owner's keys when the image is signed (--sign), else null. */
    private OwnerKeys signer;

    /** A builder of images carrying the product kernel. */
    public ImageBuilder(Project project, Tools tools, ToolRunner runner, Bootloader bootloader) {
        this(project, tools, runner, bootloader, KernelKind.PRODUCT);
    }

    public ImageBuilder(Project project, Tools tools, ToolRunner runner, Bootloader bootloader, KernelKind kernel) {
        this.project = project;
        this.tools = tools;
        this.runner = runner;
        this.bootloader = bootloader;
        this.kernel = kernel;
    }

    /** Signs what this builder builds with keys (ImageSigning: kernel, modules, owner key in loader and kernel). */
    public ImageBuilder signedWith(OwnerKeys keys) {
        this.signer = keys;
        return this;
    }

    /** Builds the image; with {@code compileJava} false the Java classes are taken as they are. */
    public Image build(ImageSpec spec, Path out, boolean compileJava) {
        out = out.toAbsolutePath().normalize();
        requireModules(spec);
        requireTools();
        try {
            Files.createDirectories(out);
            Files.deleteIfExists(out.resolve(STAMP_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (compileJava) {
            new JavaBuild(project, tools, runner).buildIfStale();
        }
        NativeBuild natives = new NativeBuild(project, runner);
        Path kernel = natives.kernel(out, this.kernel);
        ImageSpec unsigned = spec;
        if (signer != null) {
            kernel = ImageSigning.signKernel(kernel, out.resolve("signed"), signer);
            spec = ImageSigning.signModules(spec, out.resolve("signed"), signer);
        }
        IsoTree tree = IsoTree.fresh(out.resolve("iso-root"));
        Path iso = out.resolve(ISO_NAME);
        Path partial = out.resolve(ISO_NAME + ".partial");
        if (bootloader.isLimine()) {
            new LimineIso(tools, runner).make(tree, spec, kernel, bootloader.limineDir().orElseThrow(), partial);
        } else {
            Path loader = natives.loader(out);
            if (signer != null) loader = ImageSigning.patchLoader(loader, out.resolve("signed"), signer);
            new GrubIso(runner).make(tree, spec, kernel, loader, partial);
        }
        try {
            Files.move(partial, iso, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(out.resolve(STAMP_NAME), stamp(unsigned));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runner.log().println("os: image " + iso + " (" + bootloader.describe() + (signer != null ? ", signed" : "") + ")");
        return image(unsigned, out);
    }

    /** Builds the image unless the one in {@code out} is up to date for {@code spec}. */
    public Image buildIfStale(ImageSpec spec, Path out) {
        requireModules(spec);
        Optional<String> reason = staleness(spec, out);
        if (reason.isEmpty()) {
            runner.log().println("os: image " + out.resolve(ISO_NAME) + " is up to date");
            return image(spec, out.toAbsolutePath().normalize());
        }
        runner.log().println("os: building the image: " + reason.get());
        return build(spec, out, true);
    }

    /** Why the image in {@code out} cannot be used for {@code spec}, or empty if it can. */
    public Optional<String> staleness(ImageSpec spec, Path out) {
        Path iso = out.resolve(ISO_NAME);
        Path stamp = out.resolve(STAMP_NAME);
        if (!Files.isRegularFile(iso) || !Files.isRegularFile(stamp)) {
            return Optional.of("no image in " + out);
        }
        try {
            if (!Files.readString(stamp).equals(stamp(spec))) {
                return Optional.of("built with another kernel, command line, modules or bootloader");
            }
        } catch (IOException e) {
            return Optional.of("cannot read " + stamp);
        }
        FileTime built = FileTimes.modified(iso);
        List<Path> inputs = new ArrayList<>(project.imageSources());
        inputs.addAll(kernel.extraSources(project));
        spec.modules().forEach(m -> inputs.add(m.source()));
        for (Path input : inputs) {
            Optional<Path> newer = FileTimes.firstNewerThan(input, built);
            if (newer.isPresent()) {
                return Optional.of(project.root().relativize(newer.get().toAbsolutePath()) + " changed");
            }
        }
        return Optional.empty();
    }

    private Image image(ImageSpec spec, Path out) {
        return new Image(out, out.resolve(ISO_NAME), out.resolve(kernel.elfName()), spec, bootloader);
    }

    private String stamp(ImageSpec spec) {
        return "bootloader=" + bootloader.describe() + "\nkernel=" + kernel.mainClass() + "\n" + spec.describe()
                + (signer != null ? "signed=" + signer.publicKeyHex() + "\n" : "");
    }

    private static void requireModules(ImageSpec spec) {
        for (BootModule module : spec.modules()) {
            if (!Files.isRegularFile(module.source())) {
                throw new RunnerException("module " + module.source() + ": no such file");
            }
        }
    }

    private void requireTools() {
        List<Tool> needed = new ArrayList<>(List.of(Tool.GCC));
        needed.addAll(bootloader.isLimine() ? List.of(Tool.XORRISO) : GrubIso.TOOLS);
        tools.require(needed.toArray(Tool[]::new));
    }
}
