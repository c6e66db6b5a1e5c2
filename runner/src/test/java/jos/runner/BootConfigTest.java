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

    /** Each path#hash of the hashed config, against coreutils' b2sum (BLAKE2b-512), an independent implementation. */
    @Test
    void limineNamesEveryFileWithItsBlake2bHash(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path kernel = dir.resolve("kernel.elf"), a = dir.resolve("a.txt"), b = dir.resolve("b.elf");
        java.nio.file.Files.write(kernel, new byte[5000]);
        java.nio.file.Files.writeString(a, "module a\n");
        byte[] random = new byte[129];
        new java.util.Random(7).nextBytes(random);
        java.nio.file.Files.write(b, random);
        String conf = LimineConfig.render(new ImageSpec("qemu-exit=0", List.of(new BootModule(a, "/boot/a.txt"), new BootModule(b, "/boot/b.elf"))), kernel);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(kernel|module)_path: boot\\(\\):(\\S+)#([0-9a-f]{128})").matcher(conf);
        List<java.nio.file.Path> files = List.of(kernel, a, b);
        int n = 0;
        while (m.find()) {
            assertEquals(List.of("/boot/kernel.elf", "/boot/a.txt", "/boot/b.elf").get(n), m.group(2));
            assertEquals(b2sum(files.get(n)), m.group(3), m.group(2));
            n++;
        }
        assertEquals(3, n, conf);
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
                LimineConfig.blake2b("abc".getBytes()), "RFC 7693 appendix A");
        assertEquals(LimineConfig.render(SPEC), LimineConfig.render(SPEC, null), "no hashes without files");
    }

    private static String b2sum(java.nio.file.Path file) throws Exception {
        Process p = new ProcessBuilder("b2sum", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return out.substring(0, out.indexOf(' '));
    }
}
