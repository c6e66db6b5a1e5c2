package jos.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.sign.Ed25519;
import jos.sign.OwnerKey;
import jos.sign.SignedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner's keys (generation, PEM round trips, passphrases), signing and patching files, and verifying image trees. */
class SigningTest {
    @TempDir
    Path dir;

    @Test
    void generatedKeysRoundTripThroughPem() throws Exception {
        OwnerKeys keys = OwnerKeys.generate(dir, false, Optional.empty());
        for (String f : OwnerKeys.FILES) assertTrue(Files.readString(dir.resolve(f)).startsWith("-----BEGIN "), f);
        assertTrue(Files.readString(dir.resolve(OwnerKeys.SIGNING_KEY)).startsWith("-----BEGIN PRIVATE KEY-----"));
        OwnerKeys loaded = OwnerKeys.load(dir, Optional.empty());
        assertArrayEquals(keys.publicKey(), loaded.publicKey());
        assertArrayEquals(keys.publicKey(), OwnerKeys.publicKey(dir.resolve(OwnerKeys.SIGNING_PUBLIC)).getEncoded());
        X509Certificate cert = OwnerKeys.certificate(dir.resolve(OwnerKeys.SECURE_BOOT_CERT));
        cert.verify(cert.getPublicKey());
        cert.checkValidity();
        assertEquals("RSA", cert.getPublicKey().getAlgorithm());
        assertTrue(cert.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.3"), "code signing");
        assertTrue(cert.getSubjectX500Principal().getName().contains("jos"));
    }

    @Test
    void existingKeysAreKeptUnlessForced() throws Exception {
        OwnerKeys first = OwnerKeys.generate(dir, false, Optional.empty());
        RunnerException e = assertThrows(RunnerException.class, () -> OwnerKeys.generate(dir, false, Optional.empty()));
        assertTrue(e.getMessage().contains("--force") && e.getMessage().contains(OwnerKeys.SIGNING_KEY), e.getMessage());
        assertArrayEquals(first.publicKey(), OwnerKeys.load(dir, Optional.empty()).publicKey());
        OwnerKeys second = OwnerKeys.generate(dir, true, Optional.empty());
        assertArrayEquals(second.publicKey(), OwnerKeys.load(dir, Optional.empty()).publicKey());
        assertTrue(!java.util.Arrays.equals(first.publicKey(), second.publicKey()));
    }

    @Test
    void passphraseEncryptsThePrivateKeys() throws Exception {
        Path pass = dir.resolve("pass");
        Files.writeString(pass, "correct horse\n");
        Path keysDir = dir.resolve("keys");
        OwnerKeys keys = OwnerKeys.generate(keysDir, false, OwnerKeys.passphrase(pass));
        for (String f : List.of(OwnerKeys.SIGNING_KEY, OwnerKeys.SECURE_BOOT_KEY)) {
            assertTrue(Files.readString(keysDir.resolve(f)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"), f);
        }
        assertArrayEquals(keys.publicKey(), OwnerKeys.load(keysDir, OwnerKeys.passphrase(pass)).publicKey());
        RunnerException none = assertThrows(RunnerException.class, () -> OwnerKeys.load(keysDir, Optional.empty()));
        assertTrue(none.getMessage().contains("--passphrase-file"), none.getMessage());
        RunnerException wrong = assertThrows(RunnerException.class, () -> OwnerKeys.load(keysDir, Optional.of("wrong".toCharArray())));
        assertTrue(wrong.getMessage().contains(OwnerKeys.SIGNING_KEY), wrong.getMessage());
        RunnerException missing = assertThrows(RunnerException.class, () -> OwnerKeys.load(dir.resolve("nowhere"), Optional.empty()));
        assertTrue(missing.getMessage().contains("keys generate"), missing.getMessage());
    }

    @Test
    void signedFilesCheckHereAndInTheFreestandingChecker() {
        OwnerKeys keys = OwnerKeys.generate(dir, false, Optional.empty());
        byte[] content = new byte[1000];
        new Random(1).nextBytes(content);
        byte[] signed = ImageSigning.sign(content, "/boot/init.elf", keys.signingKey());
        assertEquals(Optional.empty(), ImageSigning.check(signed, "/boot/init.elf", keys.publicKey()));
        assertEquals(Ed25519.VALID, freestanding(signed, "/boot/init.elf", keys.publicKey()));
        assertEquals(Optional.of(SignedFile.message(SignedFile.OTHER_PATH)), ImageSigning.check(signed, "/boot/other.elf", keys.publicKey()));
        assertEquals(Optional.of(SignedFile.message(SignedFile.UNSIGNED)), ImageSigning.check(content, "/boot/init.elf", keys.publicKey()));
        for (int i : new int[] {0, 500, 999, 1000 + 20, signed.length - 1}) {
            byte[] tampered = signed.clone();
            tampered[i] ^= 0x40;
            assertTrue(ImageSigning.check(tampered, "/boot/init.elf", keys.publicKey()).isPresent(), "byte " + i);
            assertTrue(freestanding(tampered, "/boot/init.elf", keys.publicKey()) != Ed25519.VALID, "byte " + i);
        }
        byte[] other = OwnerKeys.generate(dir.resolve("other"), false, Optional.empty()).publicKey();
        assertEquals(Optional.of(SignedFile.message(SignedFile.OTHER_KEY)), ImageSigning.check(signed, "/boot/init.elf", other));
        RunnerException e = assertThrows(RunnerException.class, () -> ImageSigning.sign(content, "/" + "p".repeat(64), keys.signingKey()));
        assertTrue(e.getMessage().contains("longer"), e.getMessage());
    }

    private static int freestanding(byte[] file, String path, byte[] key) {
        try (Machine m = Machine.install()) {
            byte[] p = path.getBytes(StandardCharsets.UTF_8);
            return SignedFile.check(Memory.addressOf(file), file.length, Memory.addressOf(p), p.length, Memory.addressOf(key), new long[Ed25519.SCRATCH]);
        }
    }

    /** An "ELF" holding the owner-key slot as the compiler emits it: magic, state, key. */
    static byte[] withSlot(int before, int after) {
        ByteBuffer b = ByteBuffer.allocate(before + 8 * OwnerKey.WORDS + after).order(ByteOrder.LITTLE_ENDIAN);
        b.position(before);
        b.putLong(OwnerKey.MAGIC_0).putLong(OwnerKey.MAGIC_1).putLong(OwnerKey.UNSIGNED);
        return b.array();
    }

    @Test
    void ownerKeySlotIsPatchedOnceAndReadBack() {
        OwnerKeys keys = OwnerKeys.generate(dir, false, Optional.empty());
        byte[] elf = withSlot(100, 50);
        assertEquals(Optional.empty(), ImageSigning.ownerKey(elf, "loader"));
        byte[] patched = ImageSigning.patchOwnerKey(elf, "loader", keys.publicKey());
        assertArrayEquals(keys.publicKey(), ImageSigning.ownerKey(patched, "loader").orElseThrow());
        assertEquals(elf.length, patched.length);
        RunnerException none = assertThrows(RunnerException.class, () -> ImageSigning.patchOwnerKey(new byte[200], "x.elf", keys.publicKey()));
        assertTrue(none.getMessage().startsWith("x.elf: no owner-key slot"), none.getMessage());
        byte[] twice = new byte[2 * elf.length];
        System.arraycopy(elf, 0, twice, 0, elf.length);
        System.arraycopy(elf, 0, twice, elf.length, elf.length);
        RunnerException two = assertThrows(RunnerException.class, () -> ImageSigning.patchOwnerKey(twice, "y.elf", keys.publicKey()));
        assertTrue(two.getMessage().contains("more than once"), two.getMessage());
    }

    /** A GRUB image tree as ImageBuilder lays it out when signing, built from fake ELFs. */
    private Path signedTree(OwnerKeys keys) throws Exception {
        Path root = dir.resolve("iso-root");
        Files.createDirectories(root.resolve("boot/grub"));
        Files.createDirectories(root.resolve("boot/data"));
        Files.write(root.resolve("boot/jos-loader.elf"), ImageSigning.patchOwnerKey(withSlot(64, 64), "loader", keys.publicKey()));
        Files.write(root.resolve("boot/kernel.elf"), ImageSigning.sign(ImageSigning.patchOwnerKey(withSlot(128, 8), "kernel", keys.publicKey()),
                ImageSpec.KERNEL_PATH, keys.signingKey()));
        Files.write(root.resolve("boot/a.txt"), ImageSigning.sign("module a".getBytes(), "/boot/a.txt", keys.signingKey()));
        Files.write(root.resolve("boot/data/b.bin"), ImageSigning.sign(new byte[] {1, 2, 3}, "/boot/data/b.bin", keys.signingKey()));
        ImageSpec spec = new ImageSpec("qemu-exit=0", List.of(new BootModule(root.resolve("boot/a.txt"), "/boot/a.txt"),
                new BootModule(root.resolve("boot/data/b.bin"), "/boot/data/b.bin")));
        Files.writeString(root.resolve("boot/grub/grub.cfg"), GrubConfig.render(spec));
        return root;
    }

    @Test
    void verifyNamesEveryFileThatFails() throws Exception {
        OwnerKeys keys = OwnerKeys.generate(dir.resolve("keys"), false, Optional.empty());
        Path root = signedTree(keys);
        ImageVerifier.Report ok = ImageVerifier.verify(root, Optional.empty());
        assertEquals(List.of(), ok.failures());
        assertEquals(List.of("/boot/jos-loader.elf", "/boot/kernel.elf", "/boot/a.txt", "/boot/data/b.bin"), ok.checked());
        assertEquals(List.of(), ImageVerifier.verify(root, Optional.of(keys.publicKey())).failures());

        byte[] a = Files.readAllBytes(root.resolve("boot/a.txt"));
        a[2] ^= 1;
        Files.write(root.resolve("boot/a.txt"), a);
        byte[] b = Files.readAllBytes(root.resolve("boot/data/b.bin"));
        Files.write(root.resolve("boot/data/b.bin"), java.util.Arrays.copyOf(b, b.length - 1));
        List<ImageVerifier.Failure> failures = ImageVerifier.verify(root, Optional.empty()).failures();
        assertEquals(List.of("/boot/a.txt: " + SignedFile.message(Ed25519.MISMATCH), "/boot/data/b.bin: " + SignedFile.message(SignedFile.UNSIGNED)),
                failures.stream().map(Object::toString).toList());

        byte[] other = OwnerKeys.generate(dir.resolve("other"), false, Optional.empty()).publicKey();
        List<ImageVerifier.Failure> wrongKey = ImageVerifier.verify(root, Optional.of(other)).failures();
        assertTrue(wrongKey.get(0).toString().startsWith("/boot/jos-loader.elf: carries another owner key"), wrongKey.toString());

        Files.write(root.resolve("boot/jos-loader.elf"), withSlot(64, 64));
        List<ImageVerifier.Failure> unsigned = ImageVerifier.verify(root, Optional.empty()).failures();
        assertEquals("/boot/jos-loader.elf: carries no owner key: the image is unsigned", unsigned.get(0).toString());
    }

    @Test
    void verifyCommandExitsOneAndNamesTheFile() throws Exception {
        OwnerKeys keys = OwnerKeys.generate(dir.resolve("keys"), false, Optional.empty());
        Path root = signedTree(keys);
        assertEquals(0, Main.commandLine().execute("verify", root.toString(), "--key", dir.resolve("keys").toString()));
        Files.write(root.resolve("boot/kernel.elf"), withSlot(1, 1));
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(bytes, true));
        try {
            assertEquals(1, Main.commandLine().execute("verify", root.toString()));
        } finally {
            System.setErr(old);
        }
        assertTrue(bytes.toString().contains("os: verify: /boot/kernel.elf: " + SignedFile.message(SignedFile.UNSIGNED)), bytes.toString());
    }

    @Test
    void keysGenerateCommand() throws Exception {
        Path out = dir.resolve("k");
        assertEquals(0, Main.commandLine().execute("keys", "generate", "--out", out.toString()));
        for (String f : OwnerKeys.FILES) assertTrue(Files.isRegularFile(out.resolve(f)), f);
        assertEquals(1, Main.commandLine().execute("keys", "generate", "--out", out.toString()));
        assertEquals(0, Main.commandLine().execute("keys", "generate", "--out", out.toString(), "--force"));
    }

    @Test
    void verifyChecksLimineHashesAndSignaturesWithTheGivenKey() throws Exception {
        OwnerKeys keys = OwnerKeys.generate(dir.resolve("keys"), false, Optional.empty());
        Path root = dir.resolve("limine-root");
        Files.createDirectories(root.resolve("boot/limine"));
        Path kernel = ImageSigning.write(root.resolve("boot/kernel.elf"),
                ImageSigning.sign(ImageSigning.patchOwnerKey(withSlot(128, 8), "kernel", keys.publicKey()), ImageSpec.KERNEL_PATH, keys.signingKey()));
        Path a = ImageSigning.write(root.resolve("boot/a.txt"), ImageSigning.sign("module a".getBytes(), "/boot/a.txt", keys.signingKey()));
        ImageSpec spec = new ImageSpec("", List.of(new BootModule(a, "/boot/a.txt")));
        Files.writeString(root.resolve("boot/limine/limine.conf"), LimineConfig.render(spec, kernel));
        assertEquals(List.of(), ImageVerifier.verify(root, Optional.of(keys.publicKey())).failures());
        assertEquals(List.of(ImageSpec.KERNEL_PATH, "/boot/a.txt"), ImageVerifier.verify(root, Optional.of(keys.publicKey())).checked());
        assertEquals("/boot/kernel.elf: no key to check with (no loader with one; give --key)",
                ImageVerifier.verify(root, Optional.empty()).failures().get(0).toString());
        byte[] bytes = Files.readAllBytes(a);
        bytes[1] ^= 4;
        Files.write(a, bytes);
        assertEquals(List.of("/boot/a.txt: BLAKE2B hash in limine.conf does not match", "/boot/a.txt: " + SignedFile.message(Ed25519.MISMATCH)),
                ImageVerifier.verify(root, Optional.of(keys.publicKey())).failures().stream().map(Object::toString).toList());
    }
}
