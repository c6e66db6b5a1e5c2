package jos.runner;

import java.nio.file.Path;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * {@code limine.conf} for the Limine image (used when {@code LIMINE_PATH} is set): boots at once one entry
 * by the Limine protocol with {@code /boot/kernel.elf} as the executable and each extra module in order.
 * {@link #render(ImageSpec, Path)} adds each file's BLAKE2B hash to its path ({@code path#hash}), which
 * Limine checks before it uses the file.
 */
public final class LimineConfig {

    private LimineConfig() {
    }

    public static String render(ImageSpec spec) {
        return render(spec, null);
    }

    /** With kernelElf, every path is followed by #BLAKE2B-512 of its file (the kernel's, each module's source). */
    public static String render(ImageSpec spec, Path kernelElf) {
        StringBuilder conf = new StringBuilder();
        conf.append("timeout: 0\n");
        conf.append('\n');
        conf.append("/jos\n");
        conf.append("    protocol: limine\n");
        conf.append("    kernel_path: boot():").append(ImageSpec.KERNEL_PATH).append(hash(kernelElf)).append('\n');
        String cmdline = String.join(" ", spec.cmdlineWords());
        if (!cmdline.isEmpty()) {
            conf.append("    cmdline: ").append(cmdline).append('\n');
        }
        for (BootModule module : spec.modules()) {
            conf.append("    module_path: boot():").append(module.bootPath()).append(kernelElf == null ? "" : hash(module.source())).append('\n');
        }
        return conf.toString();
    }

    /** "#" and the file's BLAKE2B-512 in hex, or "" for no file. */
    private static String hash(Path file) {
        return file == null ? "" : "#" + blake2b(ImageSigning.read(file));
    }

    /** BLAKE2B-512 (RFC 7693, unkeyed) of bytes, in lower-case hex, as Limine writes and checks it. */
    public static String blake2b(byte[] bytes) {
        Blake2bDigest digest = new Blake2bDigest(512);
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
