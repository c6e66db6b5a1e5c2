package jos.loader.sign;

import jos.loader.Console;
import jos.loader.Problem;
import jos.sign.Ed25519;
import jos.sign.OwnerKey;
import jos.sign.SignedFile;
import jos.sign.Trailer;

/**
 * Checks the kernel file before its ELF is read. On a signed image (the loader's {@link OwnerKey} slot
 * enforced) the file must carry a valid trailer for its path, signed by that key; the kernel's ELF is
 * then the content before the trailer. On an unsigned image it says so and the file is taken whole.
 */
public final class KernelSignature {
    private KernelSignature() {
    }

    /**
     * The bytes of the kernel file of size bytes at file (loaded as the pathLength-byte path at path) that
     * are its ELF, or -1 after naming the file and reason on the console and recording it in problem.
     * scratch: Ed25519.SCRATCH longs.
     */
    public static long check(long file, long size, long path, long pathLength, long[] scratch, long[] problem) {
        if (!OwnerKey.enforced()) {
            Console.println("jos-loader: unsigned image: the kernel's signature is not checked");
            return size;
        }
        int reason = SignedFile.check(file, size, path, pathLength, OwnerKey.key(), scratch);
        if (reason != Ed25519.VALID) {
            Console.print("jos-loader: kernel ");
            Console.printBytes(path, pathLength);
            Console.print(" refused: ");
            Console.println(SignedFile.message(reason));
            Problem.report(problem, Problem.SIGNATURE + reason, size);
            return -1;
        }
        Console.print("jos-loader: kernel ");
        Console.printBytes(path, pathLength);
        Console.println(" signed by the owner's key");
        return size - Trailer.SIZE;
    }
}
