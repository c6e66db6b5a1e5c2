package jos.hw.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The I/O port space. A device attached at a port range sees every access in it; a read of a port with
 * no device returns all ones, as on a PC bus. Every access is also recorded for tests to inspect.
 */
public final class SimPorts {
    /** A device on the port bus. */
    public interface Device {
        int read(int port, int width);

        void write(int port, int width, int value);
    }

    /** One recorded access. */
    public record Access(boolean write, int port, int width, int value) {
    }

    private final Map<Integer, Device> devices = new HashMap<>();
    private final List<Access> log = new ArrayList<>();

    public void attach(int firstPort, int count, Device device) {
        for (int p = firstPort; p < firstPort + count; p++) devices.put(p, device);
    }

    public int read(int port, int width) {
        Device d = devices.get(port & 0xffff);
        int v = d != null ? d.read(port & 0xffff, width) : (int) ((1L << (8 * width)) - 1);
        log.add(new Access(false, port & 0xffff, width, v));
        return v;
    }

    public void write(int port, int width, int value) {
        Device d = devices.get(port & 0xffff);
        if (d != null) d.write(port & 0xffff, width, value);
        log.add(new Access(true, port & 0xffff, width, value));
    }

    public List<Access> log() {
        return log;
    }
}
