package jos.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * Which kernel an image carries: the product kernel users boot ({@code jos.kernel.Kernel}, from
 * {@code microkernel/src/main}), or the test kernel ({@code jos.kernel.testkernel.TestKernel}, from
 * {@code microkernel/src/testkernel} on top of it), which boots the same way and then runs the scenario
 * named by {@code test=<name>}. On the image both are {@code /boot/kernel.elf}; in the output directory the
 * test kernel is {@code test-kernel.elf}, so that a {@code kernel.elf} is always the product kernel.
 */
public enum KernelKind {
    PRODUCT("jos.kernel.Kernel", "kernel.elf"),
    TEST("jos.kernel.testkernel.TestKernel", "test-kernel.elf");

    private final String mainClass;
    private final String elfName;

    KernelKind(String mainClass, String elfName) {
        this.mainClass = mainClass;
        this.elfName = elfName;
    }

    public String mainClass() {
        return mainClass;
    }

    public String elfName() {
        return elfName;
    }

    /** The class directories of this kernel's own code, before the libraries. */
    public List<Path> classes(Project project) {
        return this == TEST ? List.of(project.testKernelClasses(), project.classes("microkernel"))
                : List.of(project.classes("microkernel"));
    }

    /** Sources besides {@link Project#imageSources()} that this kernel is made from. */
    public List<Path> extraSources(Project project) {
        return this == TEST ? List.of(project.testKernelSources()) : List.of();
    }
}
