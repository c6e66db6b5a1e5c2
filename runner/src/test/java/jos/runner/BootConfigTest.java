package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The GRUB and Limine configurations, character for character. */
class BootConfigTest {

    private static final ImageSpec SPEC = new ImageSpec("qemu-exit=0",
            List.of(BootModule.parse("/tmp/a.txt"), BootModule.parse("/tmp/b.bin=/boot/b.elf")));

    @Test
    void grubBootsTheLoaderWithTheKernelAsFirstModule() {
        assertEquals("""
                set timeout=0
                set default=0
                insmod all_video
                serial --unit=0 --speed=115200
                terminal_output serial
                menuentry "jos" {
                  multiboot2 /boot/jos-loader.elf
                  module2 /boot/kernel.elf /boot/kernel.elf qemu-exit=0
                  module2 /boot/a.txt /boot/a.txt
                  module2 /boot/b.elf /boot/b.elf
                  boot
                }
                """, GrubConfig.render(SPEC));
    }

    @Test
    void grubKernelLineWithoutCmdline() {
        String cfg = GrubConfig.render(new ImageSpec("", List.of()));
        assertEquals(List.of("  module2 /boot/kernel.elf /boot/kernel.elf"),
                cfg.lines().filter(l -> l.contains("module2")).toList());
    }

    @Test
    void grubQuotesWordsItsLexerWouldChange() {
        assertEquals("qemu-exit=0", GrubConfig.quote("qemu-exit=0"));
        assertEquals("'a$b'", GrubConfig.quote("a$b"));
        assertEquals("'x;y'", GrubConfig.quote("x;y"));
        assertEquals("'it'\\''s'", GrubConfig.quote("it's"));
        String cfg = GrubConfig.render(new ImageSpec("log=$x quiet", List.of()));
        assertEquals(List.of("  module2 /boot/kernel.elf /boot/kernel.elf 'log=$x' quiet"),
                cfg.lines().filter(l -> l.contains("module2")).toList());
    }

    @Test
    void limineBootsTheKernelWithEachModule() {
        assertEquals("""
                timeout: 0

                /jos
                    protocol: limine
                    kernel_path: boot():/boot/kernel.elf
                    cmdline: qemu-exit=0
                    module_path: boot():/boot/a.txt
                    module_path: boot():/boot/b.elf
                """, LimineConfig.render(SPEC));
    }

    @Test
    void limineWithoutCmdlineOrModules() {
        assertEquals("""
                timeout: 0

                /jos
                    protocol: limine
                    kernel_path: boot():/boot/kernel.elf
                """, LimineConfig.render(new ImageSpec("", List.of())));
    }
}
