package jos.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scripts/os verify}: checks every signature of an image's file tree (the ISO's root) with Bouncy
 * Castle and names each file that fails. The files are those the bootloader's configuration names: under
 * GRUB the loader (its owner-key slot gives the key everything else must be signed with, unless the caller
 * names the key), the kernel (signed for {@code /boot/kernel.elf}, its slot holding the same key) and every
 * module (signed for its path); under Limine, the kernel and the modules of {@code limine.conf}.
 */
public final class ImageVerifier {

    /** One file's failure: its path on the image and why. */
    public record Failure(String path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    /** What was checked and what failed. */
    public record Report(byte[] key, List<String> checked, List<Failure> failures) {
    }

    private ImageVerifier() {
    }

    /** Verifies the tree at root; expectedKey, when present, is the only key accepted. */
    public static Report verify(Path root, Optional<byte[]> expectedKey) {
        List<Failure> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        Map<String, String> files = files(root); // boot path -> role
        checkLimineHashes(root, failures);
        byte[] key = expectedKey.orElse(null);
        String loaderPath = files.entrySet().stream().filter(e -> e.getValue().equals("loader")).map(Map.Entry::getKey).findFirst().orElse(null);
        if (loaderPath != null) {
            checked.add(loaderPath);
            Optional<byte[]> loaderKey = Optional.empty();
            try {
                loaderKey = ImageSigning.ownerKey(read(root, loaderPath), loaderPath);
            } catch (RunnerException e) {
                failures.add(new Failure(loaderPath, e.getMessage()));
            }
            if (loaderKey.isEmpty()) {
                failures.add(new Failure(loaderPath, "carries no owner key: the image is unsigned"));
            } else if (key != null && !java.util.Arrays.equals(key, loaderKey.get())) {
                failures.add(new Failure(loaderPath, "carries another owner key (" + HexFormat.of().formatHex(loaderKey.get()) + ")"));
            } else if (key == null) {
                key = loaderKey.get();
            }
        }
        if (key == null) {
            failures.add(new Failure(ImageSpec.KERNEL_PATH, "no key to check with (no loader with one; give --key)"));
            return new Report(null, checked, failures);
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            String path = e.getKey();
            if (e.getValue().equals("loader")) continue;
            checked.add(path);
            byte[] bytes;
            try {
                bytes = read(root, path);
            } catch (UncheckedIOException x) {
                failures.add(new Failure(path, "missing from the image"));
                continue;
            }
            Optional<String> reason = ImageSigning.check(bytes, path, key);
            if (reason.isPresent()) {
                failures.add(new Failure(path, reason.get()));
            } else if (e.getValue().equals("kernel")) {
                try {
                    Optional<byte[]> kernelKey = ImageSigning.ownerKey(bytes, path);
                    if (kernelKey.isEmpty() || !java.util.Arrays.equals(kernelKey.get(), key)) {
                        failures.add(new Failure(path, "owner-key slot does not hold the signing key"));
                    }
                } catch (RunnerException x) {
                    failures.add(new Failure(path, x.getMessage()));
                }
            }
        }
        return new Report(key, checked, failures);
    }

    /** The files the configuration names, in boot order, with their roles (loader, kernel, module). */
    static Map<String, String> files(Path root) {
        Map<String, String> files = new LinkedHashMap<>();
        Path grub = root.resolve("boot/grub/grub.cfg"), limine = root.resolve("boot/limine/limine.conf");
        if (Files.isRegularFile(grub)) {
            for (String line : lines(grub)) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 2 && words[0].equals("multiboot2")) files.put(words[1], "loader");
                if (words.length >= 2 && words[0].equals("module2")) files.putIfAbsent(words[1], files.containsValue("kernel") ? "module" : "kernel");
            }
        } else if (Files.isRegularFile(limine)) {
            for (String line : lines(limine)) {
                String l = line.trim();
                int hash = l.indexOf('#');
                if (l.startsWith("kernel_path: boot():")) files.put(strip(l, hash), "kernel");
                if (l.startsWith("module_path: boot():")) files.put(strip(l, hash), "module");
            }
        } else {
            throw new RunnerException(root + ": neither boot/grub/grub.cfg nor boot/limine/limine.conf (not a jos image?)");
        }
        return files;
    }

    /** Each limine.conf path#hash against the BLAKE2B of its file. */
    static void checkLimineHashes(Path root, List<Failure> failures) {
        Path limine = root.resolve("boot/limine/limine.conf");
        if (!Files.isRegularFile(limine)) return;
        for (String line : lines(limine)) {
            String l = line.trim();
            int at = l.indexOf("boot():"), hash = l.indexOf('#');
            if (at < 0 || hash < 0) continue;
            String path = l.substring(at + "boot():".length(), hash);
            try {
                if (!LimineConfig.blake2b(read(root, path)).equals(l.substring(hash + 1))) {
                    failures.add(new Failure(path, "BLAKE2B hash in limine.conf does not match"));
                }
            } catch (UncheckedIOException e) {
                failures.add(new Failure(path, "missing from the image"));
            }
        }
    }

    private static String strip(String line, int hash) {
        String value = line.substring(line.indexOf("boot():") + "boot():".length());
        return hash < 0 ? value : value.substring(0, value.indexOf('#'));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] read(Path root, String bootPath) {
        return ImageSigning.read(root.resolve(bootPath.substring(1)));
    }
}
