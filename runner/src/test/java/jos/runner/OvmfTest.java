package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OvmfTest {

    @TempDir
    Path dir;

    private Path file(String path) throws Exception {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, path);
    }

    @Test
    void prefersThe4MbBuildInAnyDirectory() throws Exception {
        file("usr/share/OVMF/OVMF_CODE.fd");
        file("usr/share/OVMF/OVMF_VARS.fd");
        Path code = file("usr/share/qemu/OVMF_CODE_4M.fd");
        Path vars = file("usr/share/qemu/OVMF_VARS_4M.fd");
        List<Path> dirs = List.of(dir.resolve("usr/share/OVMF"), dir.resolve("usr/share/ovmf"), dir.resolve("usr/share/qemu"));
        assertEquals(Optional.of(new Ovmf(code, vars)), Ovmf.find(dirs));
    }

    @Test
    void codeNeedsItsMatchingVars() throws Exception {
        file("a/OVMF_CODE_4M.fd");
        file("a/OVMF_VARS.fd");
        assertEquals(Optional.empty(), Ovmf.find(List.of(dir.resolve("a"))));
        Path code = file("a/OVMF_CODE.fd");
        assertEquals(Optional.of(new Ovmf(code, dir.resolve("a/OVMF_VARS.fd"))), Ovmf.find(List.of(dir.resolve("a"))));
    }

    @Test
    void secureBootBuildsAreIgnored() throws Exception {
        file("a/OVMF_CODE_4M.secboot.fd");
        file("a/OVMF_VARS_4M.ms.fd");
        assertEquals(Optional.empty(), Ovmf.find(List.of(dir.resolve("a"))));
    }

    @Test
    void eachRunGetsAWritableCopyOfTheVariables() throws Exception {
        Path vars = file("a/OVMF_VARS_4M.fd");
        vars.toFile().setWritable(false);
        Ovmf ovmf = new Ovmf(file("a/OVMF_CODE_4M.fd"), vars);
        Path copy = ovmf.copyVars(dir.resolve("out/OVMF_VARS.fd"));
        assertEquals("a/OVMF_VARS_4M.fd", Files.readString(copy));
        assertTrue(Files.isWritable(copy));
        Files.writeString(copy, "changed");
        ovmf.copyVars(copy);
        assertEquals("a/OVMF_VARS_4M.fd", Files.readString(copy));
    }
}
