package jos.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * The default image: a hybrid BIOS/UEFI ISO made by {@code grub-mkrescue}, where GRUB loads our loader by
 * multiboot2 with the kernel as first module ({@link GrubConfig}).
 */
public final class GrubIso {

    public static final List<Tool> TOOLS =
            List.of(Tool.GRUB_MKRESCUE, Tool.GRUB_BIOS_MODULES, Tool.GRUB_EFI_MODULES, Tool.XORRISO, Tool.MFORMAT);

    private final ToolRunner runner;

    public GrubIso(ToolRunner runner) {
        this.runner = runner;
    }

    public void make(IsoTree tree, ImageSpec spec, Path kernelElf, Path loaderElf, Path iso) {
        tree.copy(loaderElf, ImageSpec.LOADER_PATH);
        tree.addKernelAndModules(kernelElf, spec);
        tree.write("/boot/grub/grub.cfg", GrubConfig.render(spec));
        runner.run("making " + iso + " with grub-mkrescue", command(tree.root(), iso), tree.root().getParent(), false);
    }

    static List<String> command(Path root, Path iso) {
        return List.of("grub-mkrescue", "-o", iso.toString(), root.toString());
    }
}
