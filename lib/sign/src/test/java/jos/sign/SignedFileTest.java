package jos.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import jos.hw.Layouts;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed files as the runner writes them (built here with Bouncy Castle), each refusal, and the owner-key slot. */
class SignedFileTest {
    private Machine machine;
    private final long[] scratch = new long[Ed25519.SCRATCH];
    private final Ed25519PrivateKeyParameters owner = new Ed25519PrivateKeyParameters(new SecureRandom());
    private final byte[] key = owner.generatePublicKey().getEncoded();

    @BeforeEach
    void setUp() {
        machine = Machine.install();
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    /** content, then the trailer for path signed by secret (the layout Trailer declares). */
    static byte[] signed(byte[] content, String path, Ed25519PrivateKeyParameters secret) {
        ByteBuffer b = ByteBuffer.allocate(content.length + Trailer.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(content).putLong(Trailer.MAGIC_VALUE).putInt(Trailer.VERSION_1).putInt(0).putLong(content.length);
        b.put(secret.generatePublicKey().getEncoded());
        b.put(Arrays.copyOf(path.getBytes(StandardCharsets.UTF_8), Trailer.PATH_BYTES));
        byte[] file = b.array();
        byte[] signature = Ed25519Test.sign(secret, Arrays.copyOf(file, content.length + Trailer.SIGNED));
        System.arraycopy(signature, 0, file, content.length + Trailer.SIGNATURE, signature.length);
        return file;
    }

    private int check(byte[] file, String path) {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        return SignedFile.check(Memory.addressOf(file), file.length, Memory.addressOf(p), p.length, Memory.addressOf(key), scratch);
    }

    @Test
    void aSignedFileIsValidForItsPathOnly() {
        byte[] file = signed("hello, module".getBytes(), "/boot/init.elf", owner);
        assertEquals(Ed25519.VALID, check(file, "/boot/init.elf"));
        assertEquals(SignedFile.OTHER_PATH, check(file, "/boot/init.elf2"));
        assertEquals(SignedFile.OTHER_PATH, check(file, "/boot/init.el"));
        assertEquals(SignedFile.OTHER_PATH, check(file, "/" + "x".repeat(70)));
    }

    @Test
    void everyByteOfContentAndTrailerIsCovered() {
        byte[] file = signed(new byte[40], "/boot/a", owner);
        for (int i = 0; i < file.length; i++) {
            byte[] changed = file.clone();
            changed[i] ^= 0x01;
            int reason = check(changed, "/boot/a");
            assertTrue(reason != Ed25519.VALID, "byte " + i + " changed: " + SignedFile.message(reason));
        }
    }

    @Test
    void refusalsNameTheirReason() {
        byte[] file = signed(new byte[100], "/boot/b", owner);
        assertEquals(SignedFile.UNSIGNED, check(new byte[100], "/boot/b"));
        assertEquals(SignedFile.UNSIGNED, check(new byte[10], "/boot/b"));
        assertEquals(SignedFile.UNSIGNED, check(Arrays.copyOf(file, file.length - 1), "/boot/b"));
        byte[] version = file.clone();
        version[100 + Trailer.VERSION] = 2;
        assertEquals(SignedFile.BAD_VERSION, check(version, "/boot/b"));
        byte[] longer = new byte[file.length + 1];
        System.arraycopy(file, 0, longer, 1, file.length);
        assertEquals(SignedFile.BAD_LENGTH, check(longer, "/boot/b"));
        assertEquals(SignedFile.OTHER_KEY, check(signed(new byte[100], "/boot/b", new Ed25519PrivateKeyParameters(new SecureRandom())), "/boot/b"));
        byte[] content = file.clone();
        content[3] = 7;
        assertEquals(Ed25519.MISMATCH, check(content, "/boot/b"));
        for (int r = SignedFile.UNSIGNED; r <= SignedFile.OTHER_PATH; r++) assertTrue(SignedFile.message(r).contains("sign") || SignedFile.message(r).contains("path"));
        assertEquals(Ed25519.message(Ed25519.MISMATCH), SignedFile.message(Ed25519.MISMATCH));
    }

    @Test
    void layoutAndMagic() {
        Layouts.verify(Trailer.class);
        byte[] magic = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(Trailer.MAGIC_VALUE).array();
        assertEquals("jos-sig1", new String(magic, StandardCharsets.US_ASCII));
    }

    @Test
    void ownerKeySlotStartsUnsignedAndIsReadWhereTheRunnerPatchesIt() {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(OwnerKey.MAGIC_0).putLong(OwnerKey.MAGIC_1);
        assertEquals("jos-owner-key-v1", new String(b.array(), StandardCharsets.US_ASCII));
        assertEquals(OwnerKey.WORDS, OwnerKey.SLOT.length);
        assertFalse(OwnerKey.enforced());
        long slot = Memory.addressOf(OwnerKey.SLOT);
        try {
            Memory.write64(slot + 8L * OwnerKey.STATE, OwnerKey.ENFORCED);
            for (int i = 0; i < 32; i++) Memory.write8(slot + 8L * OwnerKey.KEY + i, key[i]);
            assertTrue(OwnerKey.enforced());
            byte[] read = new byte[32];
            for (int i = 0; i < 32; i++) read[i] = Memory.read8(OwnerKey.key() + i);
            assertArrayEquals(key, read);
            byte[] file = signed(new byte[5], "/boot/k", owner);
            byte[] p = "/boot/k".getBytes();
            assertEquals(Ed25519.VALID, SignedFile.check(Memory.addressOf(file), file.length, Memory.addressOf(p), p.length, OwnerKey.key(), scratch));
        } finally {
            Arrays.fill(OwnerKey.SLOT, OwnerKey.STATE, OwnerKey.WORDS, 0);
        }
    }
}
