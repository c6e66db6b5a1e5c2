import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Handle;
import jos.sys.Syscall;

/**
 * A child spawned with no capabilities (QemuBootIT's authority test): it tries to spawn module 0 through
 * the handles a first capability would have, and is refused; exits 0 if each refusal is EBADF.
 */
public final class NoSpawn {
    static void main() {
        long first = Syscall.call6(Calls.SPAWN, Handle.of(0, Handle.FIRST_GENERATION), 0, 0, 0, 0, 0);
        long other = Syscall.call6(Calls.SPAWN, Handle.of(1, Handle.FIRST_GENERATION), 1, 0, 0, 0, 0);
        System.out.println("nospawn: spawn with no capabilities: " + first + ", " + other);
        System.exit(first == Errors.EBADF && other == Errors.EBADF ? 0 : 1);
    }
}
