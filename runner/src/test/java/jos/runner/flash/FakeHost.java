package jos.runner.flash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A made-up host for the flash checks: {@code dev/} holds stand-in device files, {@code sys/} the sysfs
 * links and directories the kernel would show for them, {@code mounts} the mount table.
 */
final class FakeHost {
    final Path root;
    final Path dev;
    final Path sys;
    final Path mounts;
    private final Map<Path, String> numbers = new HashMap<>();

    FakeHost(Path root) throws IOException {
        this.root = root;
        dev = Files.createDirectories(root.resolve("dev"));
        sys = Files.createDirectories(root.resolve("sys"));
        mounts = Files.writeString(root.resolve("mounts"), "proc /proc proc rw 0 0\n");
        Files.createDirectories(sys.resolve("dev/block"));
        Files.createDirectories(sys.resolve("class/block"));
        Files.createDirectories(sys.resolve("block"));
    }

    /** A disk with partitions 1..n: major:minor numbers major:first, major:first+1, ... */
    FakeHost disk(String name, String removable, int major, int first, int partitions) throws IOException {
        Path dir = Files.createDirectories(sys.resolve("devices/pci0000:00/usb1/block").resolve(name));
        if (removable != null) {
            Files.writeString(dir.resolve("removable"), removable + "\n");
        }
        device(name, dir, major + ":" + first);
        Files.createSymbolicLink(sys.resolve("block").resolve(name), dir);
        for (int p = 1; p <= partitions; p++) {
            Path part = Files.createDirectories(dir.resolve(name + p));
            Files.writeString(part.resolve("partition"), p + "\n");
            device(name + p, part, major + ":" + (first + p));
        }
        return this;
    }

    /** A mapped device (LVM, dm-crypt) named name, built on slave. */
    FakeHost mapped(String name, String number, String slave) throws IOException {
        Path dir = Files.createDirectories(sys.resolve("devices/virtual/block").resolve(name));
        Files.writeString(dir.resolve("removable"), "0\n");
        Files.createDirectories(dir.resolve("slaves"));
        Files.createSymbolicLink(dir.resolve("slaves").resolve(slave), sys.resolve("class/block").resolve(slave));
        device(name, dir, number);
        return this;
    }

    FakeHost mount(String line) throws IOException {
        Files.writeString(mounts, line + "\n", java.nio.file.StandardOpenOption.APPEND);
        return this;
    }

    private void device(String name, Path dir, String number) throws IOException {
        Files.createSymbolicLink(sys.resolve("dev/block").resolve(number), dir);
        Files.createSymbolicLink(sys.resolve("class/block").resolve(name), dir);
        Path node = Files.createFile(dev.resolve(name));
        numbers.put(node, number);
    }

    HostView view(String rootNumber) {
        return new HostView(mounts, sys, p -> Optional.ofNullable(numbers.get(p)), rootNumber);
    }
}
