package jos.sys;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.ProcessStatus;
import jos.abi.Spawn;
import jos.hw.Memory;

/**
 * Child processes (abi.md, "Processes"): spawn one from a boot module, read its status, kill it, wait for
 * its end. Results are the calls' own: a handle or status, or a negative {@link Errors} code.
 */
public final class Processes {
    private Processes() {
    }

    /**
     * spawn: starts module number moduleNumber through the MODULE capability moduleCapability, with
     * commandLine (ASCII, at most {@link Spawn#MAX_COMMAND_LINE} bytes; "" for none) and copies of handles
     * (at most {@link Spawn#MAX_HANDLES}). The child's PROCESS handle, or an error; EINVAL for a command
     * line or handle list over the limits, or a command line that is not ASCII.
     */
    public static long spawn(long moduleCapability, long moduleNumber, String commandLine, long... handles) {
        byte[] line = ascii(commandLine);
        if (line == null || handles.length > Spawn.MAX_HANDLES) return Errors.EINVAL;
        long lineAddress = line.length == 0 ? 0 : Memory.addressOf(line);
        long handlesAddress = handles.length == 0 ? 0 : Memory.addressOf(handles);
        return Syscall.call6(Calls.SPAWN, moduleCapability, moduleNumber, lineAddress, line.length, handlesAddress, handles.length);
    }

    /**
     * spawn of the boot module at path, through the MODULE capability the boot record lists for that path
     * (abi.md, "Boot record"); ENOENT if the record lists no module there.
     */
    public static long spawn(String path, String commandLine, long... handles) {
        long capability = BootInformation.module(BootInformation.RECORD, path);
        if (capability == 0) return Errors.ENOENT;
        return spawn(capability, BootInformation.moduleNumber(BootInformation.RECORD, path), commandLine, handles);
    }

    /** process_status: {@link ProcessStatus#RUNNING}, an exited status, or an error. */
    public static long status(long process) {
        return Syscall.call1(Calls.PROCESS_STATUS, process);
    }

    /** kill: 0 once every thread of the process is marked to stop, or an error. */
    public static long kill(long process) {
        return Syscall.call1(Calls.KILL, process);
    }

    /** process_status until the process is dead or the call fails, yielding the CPU meanwhile. */
    public static long waitForEnd(long process) {
        for (;;) {
            long status = status(process);
            if (status != ProcessStatus.RUNNING) return status;
            Syscall.call0(Calls.YIELD);
        }
    }

    /** A status in words: "is running", "exited with code N", or "status failed: E". */
    public static String describe(long status) {
        if (status < 0) return "status failed: " + status;
        if (status == ProcessStatus.RUNNING) return "is running";
        return "exited with code " + ProcessStatus.code(status);
    }

    /** The bytes of s if it is ASCII and short enough for a command line, else null. */
    static byte[] ascii(String s) {
        if (s.length() > Spawn.MAX_COMMAND_LINE) return null;
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7f) return null;
            bytes[i] = (byte) c;
        }
        return bytes;
    }
}
