package jos.kernel.process;

import jos.hw.Memory;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.console.Log;
import jos.kernel.time.Clock;
import jos.limine.File;
import jos.sign.Ed25519;
import jos.sign.OwnerKey;
import jos.sign.SignedFile;
import jos.sign.Trailer;

/**
 * The kernel's link of the signed boot chain: once at boot, before any process exists, every boot module
 * is checked against the owner's key in the kernel's own {@link OwnerKey} slot (covered by the kernel's
 * signature, which the loader checked). A module that passes is handed on without its trailer (its size
 * is the signed content's); one that fails is logged with its path and reason and taken out of the module
 * list ({@link BootInfo#refuseModule}), so nothing can spawn or map it and the system goes on without it.
 * The line after the checks says how many passed and how long they took (the boot benchmark). On an
 * unsigned image nothing is checked and the log says so.
 */
public final class ModuleSignatures {
    private ModuleSignatures() {
    }

    /** The checks' working storage: used once, on the bootstrap CPU, before other CPUs run kernel code. */
    private static final long[] SCRATCH = new long[Ed25519.SCRATCH];

    /** Checks every boot module; the number refused. */
    public static long checkAll() {
        long count = BootInfo.moduleCount();
        if (!OwnerKey.enforced()) {
            Log.begin(Log.WARN);
            Log.print("sign: unsigned image: ");
            Log.dec(count);
            Log.println(" boot modules are not checked");
            return 0;
        }
        long start = Clock.nanosSinceBoot(), bytes = 0, refused = 0;
        for (long i = 0; i < count; i++) {
            long file = BootInfo.module(i);
            if (file == 0) continue;
            long path = File.path(file), size = File.size(file);
            long length = 0;
            while (path != 0 && Memory.read8(path + length) != 0) length++;
            int reason = SignedFile.check(File.address(file), size, path, length, OwnerKey.key(), SCRATCH);
            bytes += size;
            if (reason == Ed25519.VALID) {
                Memory.write64(file + File.SIZE, size - Trailer.SIZE);
                continue;
            }
            refused++;
            Log.begin(Log.WARN);
            Log.print("sign: module ");
            Log.cString(path);
            Log.print(" refused: ");
            Log.println(SignedFile.message(reason));
            BootInfo.refuseModule(i);
        }
        long micros = (Clock.nanosSinceBoot() - start) / 1000;
        Log.begin(Log.INFO);
        Log.print("sign: ");
        Log.dec(count - refused);
        Log.print(" of ");
        Log.dec(count);
        Log.print(" boot modules signed by the owner's key, ");
        Log.dec(bytes);
        Log.print(" bytes checked in ");
        Log.dec(micros);
        Log.println(" us");
        return refused;
    }
}
