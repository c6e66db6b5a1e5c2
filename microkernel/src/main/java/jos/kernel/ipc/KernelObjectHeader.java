package jos.kernel.ipc;

/**
 * The size of the header capability.KernelObject puts first in every object capabilities name (kind,
 * capability count, reserved): IPC's objects start their own fields after it. Declared here only until
 * the capability package exists; then this constant becomes KernelObject.SIZE.
 */
final class KernelObjectHeader {
    static final int SIZE = 16;

    private KernelObjectHeader() {
    }
}
