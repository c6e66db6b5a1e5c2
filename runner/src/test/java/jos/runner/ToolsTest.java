package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolsTest {

    @TempDir
    Path dir;

    private Path executable(Path parent, String name) throws Exception {
        Files.createDirectories(parent);
        Path file = Files.writeString(parent.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void commandsAreFoundInSearchPathOrder() throws Exception {
        Path first = executable(dir.resolve("a"), "xorriso");
        executable(dir.resolve("b"), "xorriso");
        Files.writeString(dir.resolve("a/gdb"), "not executable");
        Tools tools = new Tools(List.of(dir.resolve("a"), dir.resolve("b")), dir);
        assertEquals(Optional.of(first), tools.findCommand("xorriso"));
        assertFalse(tools.isPresent(Tool.GDB));
        assertEquals(first, tools.command(Tool.XORRISO));
    }

    @Test
    void filesAreFoundUnderTheRoot() throws Exception {
        Tools tools = new Tools(List.of(), dir);
        assertFalse(tools.isPresent(Tool.GRUB_BIOS_MODULES));
        Files.createDirectories(dir.resolve("usr/lib/grub/i386-pc"));
        Files.writeString(dir.resolve("usr/lib/grub/i386-pc/multiboot2.mod"), "");
        assertTrue(tools.isPresent(Tool.GRUB_BIOS_MODULES));
    }

    @Test
    void everyMissingToolIsReportedWithItsDebianPackages() throws Exception {
        executable(dir.resolve("bin"), "xorriso");
        Tools tools = new Tools(List.of(dir.resolve("bin")), dir);
        MissingToolsException e = assertThrows(MissingToolsException.class,
                () -> tools.require(Tool.QEMU, Tool.XORRISO, Tool.GRUB_MKRESCUE, Tool.GRUB_BIOS_MODULES,
                        Tool.GRUB_EFI_MODULES, Tool.MFORMAT, Tool.GDB, Tool.GCC));
        assertEquals(List.of(Tool.QEMU, Tool.GRUB_MKRESCUE, Tool.GRUB_BIOS_MODULES, Tool.GRUB_EFI_MODULES,
                Tool.MFORMAT, Tool.GDB, Tool.GCC), e.missing());
        assertEquals("""
                missing tools:
                  qemu-system-x86_64: Debian package qemu-system-x86
                  grub-mkrescue: Debian packages grub-common grub-pc-bin grub-efi-amd64-bin
                  /usr/lib/grub/i386-pc/multiboot2.mod (file): Debian package grub-pc-bin
                  /usr/lib/grub/x86_64-efi/multiboot2.mod (file): Debian package grub-efi-amd64-bin
                  mformat: Debian package mtools
                  gdb: Debian package gdb
                  gcc: Debian package gcc
                scripts/install-deps installs every Debian package the project needs (as root).""", e.getMessage());
    }

    @Test
    void missingFirmwareAndLimine() {
        assertEquals("""
                missing tools:
                  OVMF firmware (OVMF_CODE_4M.fd or OVMF_CODE.fd with its VARS file): Debian package ovmf
                scripts/install-deps installs every Debian package the project needs (as root).""",
                new MissingToolsException(List.of(Tool.OVMF)).getMessage());
        String limine = new MissingToolsException(List.of(Tool.LIMINE)).getMessage();
        assertTrue(limine.contains("LIMINE_PATH"), limine);
        assertFalse(limine.contains("install-deps"), limine);
    }

    @Test
    void nothingMissingIsSilent() throws Exception {
        executable(dir.resolve("bin"), "qemu-system-x86_64");
        new Tools(List.of(dir.resolve("bin")), dir).require(Tool.QEMU);
    }
}
