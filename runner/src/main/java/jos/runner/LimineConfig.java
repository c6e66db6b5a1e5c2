package jos.runner;

/**
 * {@code limine.conf} for the Limine image (used when {@code LIMINE_PATH} is set): boots at once one entry
 * by the Limine protocol with {@code /boot/kernel.elf} as the executable and each extra module in order.
 */
public final class LimineConfig {

    private LimineConfig() {
    }

    public static String render(ImageSpec spec) {
        StringBuilder conf = new StringBuilder();
        conf.append("timeout: 0\n");
        conf.append('\n');
        conf.append("/jos\n");
        conf.append("    protocol: limine\n");
        conf.append("    kernel_path: boot():").append(ImageSpec.KERNEL_PATH).append('\n');
        String cmdline = String.join(" ", spec.cmdlineWords());
        if (!cmdline.isEmpty()) {
            conf.append("    cmdline: ").append(cmdline).append('\n');
        }
        for (BootModule module : spec.modules()) {
            conf.append("    module_path: boot():").append(module.bootPath()).append('\n');
        }
        return conf.toString();
    }
}
