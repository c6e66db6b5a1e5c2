package jos.runner.flash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import jos.runner.RunnerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of {@code scripts/os flash}, on a made-up host: vda holds /, sdb is the USB stick, sdc a fixed disk. */
class FlashTargetTest {

    @TempDir
    Path dir;
    FakeHost host;

    @BeforeEach
    void host() throws Exception {
        host = new FakeHost(dir).disk("vda", "0", 254, 0, 2).disk("sdb", "1", 8, 16, 1).disk("sdc", "0", 8, 32, 0)
                .mount("/dev/vda1 / ext4 rw 0 0");
    }

    private String refusal(String device, boolean force) {
        return refusal(host.dev.resolve(device), force);
    }

    private String refusal(Path device, boolean force) {
        return assertThrows(RunnerException.class, () -> FlashTarget.check(device, force, host.view("254:1"))).getMessage();
    }

    @Test
    void aRemovableUnmountedDiskIsWritten() {
        assertEquals(new FlashTarget(host.dev.resolve("sdb"), "sdb"), FlashTarget.check(host.dev.resolve("sdb"), false,
                host.view("254:1")));
    }

    @Test
    void aMissingDeviceIsRefused() {
        assertEquals(host.dev.resolve("sdz") + ": no such device", refusal("sdz", true));
    }

    @Test
    void aRegularFileIsNotABlockDevice() {
        assertEquals(host.mounts + " is not a block device but a regular file; name the USB stick's disk, such as /dev/sdb",
                refusal(host.mounts, true));
    }

    @Test
    void aCharacterDeviceIsNotABlockDevice() {
        assertEquals("/dev/null is not a block device but a character device; name the USB stick's disk, such as /dev/sdb",
                refusal(Path.of("/dev/null"), true));
    }

    @Test
    void aPartitionIsRefusedNamingItsDisk() {
        assertEquals(host.dev.resolve("sdb1") + " is partition sdb1 of disk sdb; the image holds its own partition table:"
                + " write the whole disk, /dev/sdb", refusal("sdb1", true));
    }

    @Test
    void theRunningSystemsDiskIsRefusedEvenWithForce() {
        assertEquals(host.dev.resolve("vda") + " (vda) holds the running system: / is on vda1", refusal("vda", true));
    }

    @Test
    void theRunningSystemsDiskUnderAMappedDeviceIsRefused() throws Exception {
        host.mapped("dm-0", "253:0", "sdc");
        assertEquals(host.dev.resolve("sdc") + " (sdc) holds the running system: / is on dm-0",
                assertThrows(RunnerException.class,
                        () -> FlashTarget.check(host.dev.resolve("sdc"), true, host.view("253:0"))).getMessage());
    }

    @Test
    void aMountedDiskIsRefusedEvenWithForce() throws Exception {
        host.mount(host.dev.resolve("sdb1") + " /media/jos\\040stick vfat rw 0 0");
        assertEquals(host.dev.resolve("sdb") + " (sdb) is mounted: " + host.dev.resolve("sdb1")
                + " on /media/jos stick; unmount it first (umount /media/jos stick)", refusal("sdb", true));
    }

    @Test
    void aNonRemovableDiskIsRefusedWithoutForce() {
        assertEquals(host.dev.resolve("sdc") + " (sdc) is not a removable disk (" + host.sys.resolve("block/sdc/removable")
                + " is 0); if it is the USB stick, write it with --force", refusal("sdc", false));
        assertEquals(new FlashTarget(host.dev.resolve("sdc"), "sdc"),
                FlashTarget.check(host.dev.resolve("sdc"), true, host.view("254:1")));
    }

    @Test
    void aDiskWithoutARemovableFlagCountsAsFixed() throws Exception {
        host.disk("nvme0n1", null, 259, 0, 0);
        assertEquals(host.dev.resolve("nvme0n1") + " (nvme0n1) is not a removable disk ("
                + host.sys.resolve("block/nvme0n1/removable") + " is missing); if it is the USB stick, write it with --force",
                refusal("nvme0n1", false));
    }

    @Test
    void anUnreadableMountTableRefusesEverything() throws Exception {
        java.nio.file.Files.delete(host.mounts);
        assertEquals("cannot read the mount table " + host.mounts + ": " + host.mounts
                + "; without it a mounted disk cannot be told apart, so nothing is written", refusal("sdb", true));
    }

    @Test
    void octalEscapesOfTheMountTableAreDecoded() {
        assertEquals("/media/a b\tc\\d", FlashTarget.unescape("/media/a\\040b\\011c\\134d"));
        assertEquals("/x\\0", FlashTarget.unescape("/x\\0"));
    }

    @Test
    void deviceNumbersAreDecodedAsLinuxEncodesThem() {
        assertEquals("8:16", HostView.number(0x810));
        assertEquals("259:257", HostView.number((259L << 8) | 1L | (0x100L << 12)));
        assertEquals("4096:0", HostView.number(1L << 44));
    }
}
