package jos.runner;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scripts/os build}: builds the image (always; {@code run} builds only when stale). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the bootable ISO: GRUB + jos-loader + kernel, or Limine + kernel if LIMINE_PATH is set."})
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    ImageOptions image = new ImageOptions();

    @Override
    public Integer call() {
        Project project = Project.locate();
        ImageBuilder builder = new ImageBuilder(project, Tools.fromEnvironment(), new ToolRunner(System.err),
                Bootloader.fromEnvironment(), image.kernel());
        image.signing(builder);
        builder.build(image.spec(), image.out(project), true);
        return 0;
    }
}
