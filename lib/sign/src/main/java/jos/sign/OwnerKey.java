package jos.sign;

import jos.hw.Memory;

/**
 * The owner's public key as the image that checks signatures carries it: a compile-time array in the
 * loader's and the kernel's own data, which {@code scripts/os build --sign} finds by its magic and fills
 * in (state {@link #ENFORCED}, the key) before the kernel is itself signed. The loader's copy is as
 * trustworthy as the loader (the link before it must vouch for it); the kernel's is covered by the
 * kernel's signature, which the loader checks with its own copy. Unpatched, the state is
 * {@link #UNSIGNED}: the image was built without --sign. Read with volatile loads, since the compiler
 * sees only the unpatched initializer.
 */
public final class OwnerKey {
    private OwnerKey() {
    }

    /** Words of the slot: two of magic ("jos-owner-key-v1"), the state, then the key's 32 bytes. */
    public static final int MAGIC_WORDS = 2, STATE = 2, KEY = 3, WORDS = KEY + Ed25519.KEY_BYTES / 8;
    public static final long MAGIC_0 = 0x656e_776f_2d73_6f6aL, MAGIC_1 = 0x3176_2d79_656b_2d72L;
    /** The state word: built unsigned, or signatures enforced with the key that follows. */
    public static final long UNSIGNED = 0, ENFORCED = 1;

    /** The slot; the runner patches it in the image file, never the code. */
    static final long[] SLOT = {MAGIC_0, MAGIC_1, UNSIGNED, 0, 0, 0, 0};

    /** Whether this image was signed, so every file it checks must be. */
    public static boolean enforced() {
        return Memory.readVolatile64(Memory.addressOf(SLOT) + 8L * STATE) == ENFORCED;
    }

    /** The address of the key's 32 bytes. */
    public static long key() {
        return Memory.addressOf(SLOT) + 8L * KEY;
    }
}
