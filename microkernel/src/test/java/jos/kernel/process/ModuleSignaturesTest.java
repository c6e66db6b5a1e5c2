package jos.kernel.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import jos.hw.Memory;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.boot.limine.Requests;
import jos.kernel.console.Serial;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.testing.SerialCapture;
import jos.limine.File;
import jos.limine.ModuleResponse;
import jos.sign.OwnerKey;
import jos.sign.SignedFile;
import jos.sign.Trailer;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kernel's check of boot modules on a simulated boot: on a signed kernel (its owner-key slot patched
 * as the runner does) good modules are handed on without their trailer, a changed one and one signed for
 * another path are refused by name and leave the module list; an unsigned kernel checks nothing and says so.
 */
class ModuleSignaturesTest {
    SimulatedRam ram;
    SerialCapture serial;
    final Ed25519PrivateKeyParameters owner = new Ed25519PrivateKeyParameters(new SecureRandom());
    long[] slot;

    @BeforeEach
    void setUp() throws Exception {
        ram = SimulatedRam.withKernelAddressSpace();
        serial = SerialCapture.attach(ram.machine(), Serial.COM1);
        Serial.init(Serial.COM1);
        assertTrue(Heap.init());
        java.lang.reflect.Field f = OwnerKey.class.getDeclaredField("SLOT");
        f.setAccessible(true);
        slot = (long[]) f.get(null);
    }

    @AfterEach
    void tearDown() {
        Arrays.fill(slot, OwnerKey.STATE, OwnerKey.WORDS, 0);
        Requests.MODULES[Requests.RESPONSE] = 0;
        ram.close();
    }

    private void enforce() {
        slot[OwnerKey.STATE] = OwnerKey.ENFORCED;
        ByteBuffer.wrap(owner.generatePublicKey().getEncoded()).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(slot, OwnerKey.KEY, 4);
    }

    static byte[] signed(byte[] content, String path, Ed25519PrivateKeyParameters key) {
        ByteBuffer b = ByteBuffer.allocate(content.length + Trailer.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(content).putLong(Trailer.MAGIC_VALUE).putInt(Trailer.VERSION_1).putInt(0).putLong(content.length);
        b.put(key.generatePublicKey().getEncoded()).put(Arrays.copyOf(path.getBytes(StandardCharsets.US_ASCII), Trailer.PATH_BYTES));
        byte[] file = b.array();
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, key);
        s.update(file, 0, content.length + Trailer.SIGNED);
        System.arraycopy(s.generateSignature(), 0, file, content.length + Trailer.SIGNATURE, 64);
        return file;
    }

    private long bytes(byte[] b) {
        long a = Heap.allocate(b.length + 1);
        for (int i = 0; i < b.length; i++) Memory.write8(a + i, b[i]);
        Memory.write8(a + b.length, (byte) 0);
        return a;
    }

    /** The module response over these files, with these paths. */
    private void modules(String[] paths, byte[][] files) {
        long pointers = Heap.allocate(8L * paths.length);
        for (int i = 0; i < paths.length; i++) {
            long f = Heap.allocate(File.BYTES);
            Memory.fill(f, (byte) 0, File.BYTES);
            Memory.write64(f + File.ADDRESS, bytes(files[i]));
            Memory.write64(f + File.SIZE, files[i].length);
            Memory.write64(f + File.PATH, bytes(paths[i].getBytes(StandardCharsets.US_ASCII)));
            Memory.write64(pointers + 8L * i, f);
        }
        long response = Heap.allocate(24);
        Memory.write64(response + ModuleResponse.MODULE_COUNT, paths.length);
        Memory.write64(response + ModuleResponse.MODULES, pointers);
        Requests.MODULES[Requests.RESPONSE] = response;
    }

    @Test
    void signedModulesPassAndRefusedOnesAreNamedAndRemoved() {
        enforce();
        byte[] changed = signed("server".getBytes(), "/boot/server.elf", owner);
        changed[3] ^= 1;
        String[] paths = {"/boot/init.elf", "/boot/server.elf", "/boot/data/b.bin", "/boot/plain.txt"};
        modules(paths, new byte[][] {signed(new byte[300], "/boot/init.elf", owner), changed,
                signed("b".getBytes(), "/boot/a.txt", owner), "not signed".getBytes()});
        assertEquals(3, ModuleSignatures.checkAll());
        String log = serial.text();
        assertTrue(log.contains("sign: module /boot/server.elf refused: " + SignedFile.message(jos.sign.Ed25519.MISMATCH)), log);
        assertTrue(log.contains("sign: module /boot/data/b.bin refused: " + SignedFile.message(SignedFile.OTHER_PATH)), log);
        assertTrue(log.contains("sign: module /boot/plain.txt refused: " + SignedFile.message(SignedFile.UNSIGNED)), log);
        assertTrue(log.matches("(?s).*sign: 1 of 4 boot modules signed by the owner's key, \\d+ bytes checked in \\d+ us.*"), log);
        assertEquals(300, File.size(BootInfo.module(0)), "handed on without its trailer");
        for (int i = 1; i < 4; i++) assertEquals(0, BootInfo.module(i), "module " + i + " taken out");
        assertEquals(0, BootInfo.moduleNamed("/boot/server.elf"));
        assertTrue(BootInfo.moduleNamed("/boot/init.elf") != 0);
    }

    @Test
    void anUnsignedKernelChecksNothingAndSaysSo() {
        modules(new String[] {"/boot/init.elf"}, new byte[][] {"plain".getBytes()});
        assertEquals(0, ModuleSignatures.checkAll());
        assertTrue(serial.text().contains("sign: unsigned image: 1 boot modules are not checked"), serial.text());
        assertEquals(5, File.size(BootInfo.module(0)));
    }
}
