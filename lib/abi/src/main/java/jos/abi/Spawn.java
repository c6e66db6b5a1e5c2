package jos.abi;

/** The limits of spawn (call 2, abi.md): the kernel checks them, libsys keeps to them. */
public final class Spawn {
    /** The longest command line, in bytes. */
    public static final int MAX_COMMAND_LINE = 256;
    /** The most capabilities a child is given. */
    public static final int MAX_HANDLES = 16;

    private Spawn() {
    }
}
