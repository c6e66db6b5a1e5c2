package jos.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** The directory that becomes the ISO's root: made empty, then filled by path inside the ISO. */
public final class IsoTree {

    private final Path root;

    private IsoTree(Path root) {
        this.root = root;
    }

    /** Deletes whatever is at {@code root} and creates it empty. */
    public static IsoTree fresh(Path root) {
        try {
            if (Files.exists(root)) {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            Files.createDirectories(root);
            return new IsoTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** Copies {@code source} to {@code isoPath} (absolute inside the ISO, e.g. {@code /boot/kernel.elf}). */
    public void copy(Path source, String isoPath) {
        if (!Files.isRegularFile(source)) {
            throw new RunnerException("no such file: " + source);
        }
        Path target = resolve(isoPath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    public void write(String isoPath, String text) {
        Path target = resolve(isoPath);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Copies the kernel and the extra modules to their boot paths. */
    public void addKernelAndModules(Path kernelElf, ImageSpec spec) {
        copy(kernelElf, ImageSpec.KERNEL_PATH);
        for (BootModule module : spec.modules()) {
            copy(module.source(), module.bootPath());
        }
    }

    private Path resolve(String isoPath) {
        if (!isoPath.startsWith("/")) {
            throw new IllegalArgumentException("not absolute: " + isoPath);
        }
        return root.resolve(isoPath.substring(1));
    }
}
