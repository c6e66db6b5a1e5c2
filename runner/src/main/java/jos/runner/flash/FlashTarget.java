package jos.runner.flash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jos.runner.RunnerException;

/**
 * A device checked for writing an image to. The checks, in order, each a refusal that says why: the path
 * exists; it is a block device; it is a whole disk, not a partition; it is not the disk the running
 * system is on (never, whatever {@code --force}); none of its partitions is mounted; it is removable, or
 * {@code --force} was given (a USB disk that calls itself fixed).
 */
public record FlashTarget(Path device, String disk) {

    public static FlashTarget check(Path device, boolean force, HostView host) {
        if (!Files.exists(device)) {
            throw new RunnerException(device + ": no such device");
        }
        String number = host.blockNumber().apply(device).orElseThrow(() -> new RunnerException(
                device + " is not a block device but " + HostView.kind(device) + "; name the USB stick's disk, such as /dev/sdb"));
        BlockDevices sysfs = new BlockDevices(host.sys());
        BlockDevices.Device target = sysfs.byNumber(number).orElseThrow(() -> new RunnerException(
                device + " (block device " + number + ") is not in " + host.sys().resolve("dev/block")
                        + "; cannot tell what it is, so it is not written"));
        if (target.isPartition()) {
            throw new RunnerException(device + " is partition " + target.name() + " of disk " + target.disk()
                    + "; the image holds its own partition table: write the whole disk, /dev/" + target.disk());
        }
        Optional<BlockDevices.Device> root = sysfs.byNumber(host.rootNumber());
        if (root.isPresent() && sysfs.disksUnder(root.get().name()).contains(target.disk())) {
            throw new RunnerException(device + " (" + target.disk() + ") holds the running system: / is on "
                    + root.get().name());
        }
        for (Mount m : mounts(host.procMounts())) {
            String name = m.source().getFileName().toString();
            if (m.source().isAbsolute() && sysfs.disksUnder(resolvedName(m.source(), name)).contains(target.disk())) {
                throw new RunnerException(device + " (" + target.disk() + ") is mounted: " + m.source() + " on "
                        + m.target() + "; unmount it first (umount " + m.target() + ")");
            }
        }
        Optional<String> removable = sysfs.removable(target.disk());
        if (!force && !removable.equals(Optional.of("1"))) {
            throw new RunnerException(device + " (" + target.disk() + ") is not a removable disk ("
                    + sysfs.removablePath(target.disk()) + (removable.isPresent() ? " is " + removable.get() : " is missing")
                    + "); if it is the USB stick, write it with --force");
        }
        return new FlashTarget(device, target.disk());
    }

    /** One line of the mount table: what is mounted where. */
    record Mount(Path source, String target) {
    }

    static List<Mount> mounts(Path procMounts) {
        try {
            return Files.readAllLines(procMounts).stream().map(l -> l.split(" ")).filter(f -> f.length >= 2)
                    .map(f -> new Mount(Path.of(unescape(f[0])), unescape(f[1]))).toList();
        } catch (IOException e) {
            throw new RunnerException("cannot read the mount table " + procMounts + ": " + e.getMessage()
                    + "; without it a mounted disk cannot be told apart, so nothing is written");
        }
    }

    /** The mount table writes space, tab, newline and backslash as three-digit octal escapes. */
    static String unescape(String field) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                b.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A mount source's kernel name: /dev/mapper/x and /dev/disk/by-* names are links to /dev/dm-0, /dev/sdb1. */
    private static String resolvedName(Path source, String name) {
        try {
            return source.toRealPath().getFileName().toString();
        } catch (IOException e) {
            return name;
        }
    }
}
