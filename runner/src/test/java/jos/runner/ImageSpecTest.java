package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSpecTest {

    @Test
    void moduleDefaultsToBootSlashFileName() {
        BootModule m = BootModule.parse("some/dir/a.txt");
        assertEquals("/boot/a.txt", m.bootPath());
        assertEquals(Path.of("some/dir/a.txt").toAbsolutePath(), m.source());
    }

    @Test
    void moduleWithExplicitBootPath() {
        BootModule m = BootModule.parse("/tmp/x.bin=/boot/servers/x.elf");
        assertEquals(Path.of("/tmp/x.bin"), m.source());
        assertEquals("/boot/servers/x.elf", m.bootPath());
        assertEquals("boot/servers/x.elf", m.relativeBootPath());
    }

    @Test
    void fileNameWithEqualsSignIsNotABootPath() {
        assertEquals("/boot/a=b.txt", BootModule.parse("/tmp/a=b.txt").bootPath());
    }

    @Test
    void bootPathsThatNeedQuotingOrEscapeTheRootAreRejected() {
        for (String bad : List.of("/boot/a b", "/boot/../etc", "/boot/", "/boot/'x", "/boot/a;b", "/boot/./a")) {
            assertThrows(RunnerException.class, () -> new BootModule(Path.of("/tmp/x"), bad), bad);
        }
        assertThrows(RunnerException.class, () -> BootModule.parse("/tmp/x=/boot/a b"));
    }

    @Test
    void duplicateAndReservedPathsAreRejected() {
        BootModule a = BootModule.parse("/tmp/a.txt");
        RunnerException twice = assertThrows(RunnerException.class, () -> new ImageSpec("", List.of(a, a)));
        assertTrue(twice.getMessage().contains("/boot/a.txt is used twice"), twice.getMessage());
        assertThrows(RunnerException.class, () -> new ImageSpec("", List.of(BootModule.parse("/tmp/kernel.elf"))));
        assertThrows(RunnerException.class, () -> new ImageSpec("", List.of(BootModule.parse("/tmp/jos-loader.elf"))));
        assertThrows(RunnerException.class,
                () -> new ImageSpec("", List.of(BootModule.parse("/tmp/x=/boot/grub/grub.cfg"))));
        assertThrows(RunnerException.class,
                () -> new ImageSpec("", List.of(BootModule.parse("/tmp/x=/boot/limine/limine.conf"))));
    }

    @Test
    void cmdlineIsOneLineOfWords() {
        assertThrows(RunnerException.class, () -> new ImageSpec("a\nb", List.of()));
        assertEquals(List.of("qemu-exit=0", "debug"), new ImageSpec("  qemu-exit=0   debug ", List.of()).cmdlineWords());
        assertEquals(List.of(), new ImageSpec("", List.of()).cmdlineWords());
    }

    @Test
    void descriptionChangesWithCmdlineAndModules() {
        ImageSpec plain = new ImageSpec("qemu-exit=0", List.of(BootModule.parse("/tmp/a.txt")));
        assertEquals("cmdline=qemu-exit=0\nmodule=/tmp/a.txt=/boot/a.txt\n", plain.describe());
        assertTrue(!plain.describe().equals(new ImageSpec("", plain.modules()).describe()));
        assertTrue(!plain.describe().equals(new ImageSpec(plain.cmdline(), List.of()).describe()));
    }
}
