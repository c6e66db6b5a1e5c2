package jos.sign;

import jos.hw.Memory;

/**
 * Whether a file in memory was signed by the owner's key for the path it is loaded as: its
 * {@link Trailer} is there and well-formed, names the owner's key and this path, and its Ed25519
 * signature of the content and trailer holds. One reason code for every outcome, numbered after
 * {@link Ed25519}'s, with constant texts ({@link #message}); the caller names the file.
 */
public final class SignedFile {
    private SignedFile() {
    }

    /** Reasons beyond Ed25519's VALID .. MISMATCH. */
    public static final int UNSIGNED = 5, BAD_VERSION = 6, BAD_LENGTH = 7, OTHER_KEY = 8, OTHER_PATH = 9;

    public static String message(int reason) {
        switch (reason) {
            case UNSIGNED: return "file has no signature trailer";
            case BAD_VERSION: return "signature trailer has an unknown version";
            case BAD_LENGTH: return "signature trailer's content length is not the file's";
            case OTHER_KEY: return "file is signed by another key than the owner's";
            case OTHER_PATH: return "file was signed for another path";
            default: return Ed25519.message(reason);
        }
    }

    /**
     * Checks the size bytes at file, loaded as the pathLength-byte path at path, against the owner's
     * 32-byte public key at key: Ed25519.VALID or the reason it is refused. scratch: Ed25519.SCRATCH longs.
     */
    public static int check(long file, long size, long path, long pathLength, long key, long[] scratch) {
        if (size < Trailer.SIZE) return UNSIGNED;
        long trailer = file + size - Trailer.SIZE;
        if (Trailer.magic(trailer) != Trailer.MAGIC_VALUE) return UNSIGNED;
        if (Trailer.version(trailer) != Trailer.VERSION_1) return BAD_VERSION;
        if (Trailer.contentLength(trailer) != size - Trailer.SIZE) return BAD_LENGTH;
        for (int i = 0; i < Ed25519.KEY_BYTES; i++) {
            if (Memory.read8(trailer + Trailer.KEY + i) != Memory.read8(key + i)) return OTHER_KEY;
        }
        if (pathLength > Trailer.PATH_BYTES) return OTHER_PATH;
        for (int i = 0; i < Trailer.PATH_BYTES; i++) {
            int expected = i < pathLength ? Memory.read8(path + i) & 0xff : 0;
            if ((Memory.read8(trailer + Trailer.PATH + i) & 0xff) != expected) return OTHER_PATH;
        }
        return Ed25519.verify(key, trailer + Trailer.SIGNATURE, file, size - Trailer.SIZE + Trailer.SIGNED, scratch);
    }
}
