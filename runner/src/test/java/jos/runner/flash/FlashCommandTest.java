package jos.runner.flash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jos.runner.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scripts/os flash} as the user runs it, on this machine's real /proc and /sys. */
class FlashCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    /** Runs {@code os flash ARGS} as Main does; what it prints to stderr (messages and progress) is captured. */
    private static Run flash(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "flash";
            System.arraycopy(args, 0, all, 1, args.length);
            int exit = Main.commandLine().execute(all);
            return new Run(exit, stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void theDiskTheRunningSystemIsOnIsRefused() throws Exception {
        HostView real = HostView.real();
        Optional<BlockDevices.Device> root = new BlockDevices(real.sys()).byNumber(real.rootNumber());
        assumeTrue(root.isPresent(), "/ is on a block device (not an overlay)");
        Path disk = Path.of("/dev", root.get().disk());
        assumeTrue(Files.exists(disk), disk + " exists");
        Path iso = Files.write(dir.resolve("jos.iso"), new byte[512]);
        Run r = flash(disk.toString(), "--image", iso.toString(), "--force");
        assertEquals(1, r.exit(), r.err());
        assertEquals("os: " + disk + " (" + root.get().disk() + ") holds the running system: / is on " + root.get().name() + "\n",
                r.err());
    }

    @Test
    void aCharacterDeviceIsRefused() throws Exception {
        Path iso = Files.write(dir.resolve("jos.iso"), new byte[512]);
        Run r = flash("/dev/null", "--image", iso.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals("os: /dev/null is not a block device but a character device; name the USB stick's disk, such as"
                + " /dev/sdb\n", r.err());
    }

    @Test
    void aMissingImageIsNamed() {
        Run r = flash("/dev/null", "--image", dir.resolve("none.iso").toString());
        assertEquals("os: no image at " + dir.resolve("none.iso") + "\n", r.err());
    }

    /** A loop device stands in for the stick: fixed (removable 0), so refused without --force and written with it. */
    @Test
    void aLoopDeviceIsWrittenWithForceAndCheckedByReadingItBack() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.exists(Path.of("/dev/loop-control")),
                "loop devices need root");
        Path backing = dir.resolve("stick.img");
        Files.write(backing, new byte[8 << 20]);
        String loop = run("losetup", "--find", "--show", backing.toString()).strip();
        try {
            byte[] image = new byte[3 << 20 | 77];
            new Random(7).nextBytes(image);
            Path iso = Files.write(dir.resolve("jos.iso"), image);
            Run refused = flash(loop, "--image", iso.toString());
            String disk = Path.of(loop).getFileName().toString();
            assertEquals("os: " + loop + " (" + disk + ") is not a removable disk (/sys/block/" + disk
                    + "/removable is 0); if it is the USB stick, write it with --force\n", refused.err());

            Run r = flash(loop, "--image", iso.toString(), "--force");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.err().startsWith("flash: writing " + iso + " (3.0 MiB) to " + loop + " (" + disk + ")\n"), r.err());
            assertTrue(r.err().matches("(?s).*flash: wrote 3\\.0 MiB in [0-9.]+ s \\([0-9.]+ MiB/s, synced\\); read back in"
                    + " [0-9.]+ s: SHA-256 [0-9a-f]{64} matches; [0-9.]+ s in all\n"), r.err());
            assertTrue(r.err().contains("write") && r.err().contains("verify") && r.err().contains("MiB"),
                    "progress bars: " + r.err());
            run("losetup", "--detach", loop);
            loop = null;
            assertArrayEquals(image, Arrays.copyOf(Files.readAllBytes(backing), image.length));
        } finally {
            if (loop != null) {
                run("losetup", "--detach", loop);
            }
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }
}
