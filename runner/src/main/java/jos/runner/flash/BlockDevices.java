package jos.runner.flash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Block devices as sysfs shows them: {@code dev/block/MAJOR:MINOR} and {@code class/block/NAME} link to a
 * device's directory, a partition's directory (it has a {@code partition} file) lies in its disk's, a
 * mapped device (LVM, dm-crypt) lists what it is built on in {@code slaves}, and a disk's
 * {@code removable} says whether its medium can be taken out.
 */
final class BlockDevices {

    private final Path sys;

    BlockDevices(Path sys) {
        this.sys = sys;
    }

    /** A device's kernel name, and the disk it is on (itself for a whole disk). */
    record Device(String name, String disk) {
        boolean isPartition() {
            return !name.equals(disk);
        }
    }

    Optional<Device> byNumber(String majorMinor) {
        return device(sys.resolve("dev/block").resolve(majorMinor));
    }

    Optional<Device> byName(String name) {
        return device(sys.resolve("class/block").resolve(name));
    }

    /** Every disk {@code name} stores its data on: its own, and those under a mapped device's slaves. */
    Set<String> disksUnder(String name) {
        Set<String> disks = new LinkedHashSet<>();
        byName(name).ifPresent(d -> {
            disks.add(d.disk());
            Path slaves = sys.resolve("class/block").resolve(name).resolve("slaves");
            if (Files.isDirectory(slaves)) {
                try (Stream<Path> s = Files.list(slaves)) {
                    s.forEach(slave -> disks.addAll(disksUnder(slave.getFileName().toString())));
                } catch (IOException e) {
                    // unreadable: only the device's own disk is known
                }
            }
        });
        return disks;
    }

    /** The disk's {@code removable} flag as sysfs has it ("0" or "1"), empty if sysfs has none. */
    Optional<String> removable(String disk) {
        try {
            return Optional.of(Files.readString(removablePath(disk)).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path removablePath(String disk) {
        return sys.resolve("block").resolve(disk).resolve("removable");
    }

    private static Optional<Device> device(Path link) {
        Path dir;
        try {
            dir = link.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        String name = dir.getFileName().toString();
        String disk = Files.exists(dir.resolve("partition")) ? dir.getParent().getFileName().toString() : name;
        return Optional.of(new Device(name, disk));
    }
}
