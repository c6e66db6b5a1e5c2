package jos.hw.sim;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Byte-addressed little-endian memory made of mapped regions. Touching an address outside every region
 * throws {@link SimulatedFault} naming it, as a page fault would stop the machine.
 */
public final class SimMemory {
    /** The storage behind one region. */
    private interface Backing {
        byte get(long offset);

        void set(long offset, byte value);
    }

    /**
     * A device's registers in the address space: each access reaches it whole, at its width (1, 2, 4 or
     * 8 bytes), so a register that changes by itself (a counter) is read consistently.
     */
    public interface Device {
        long read(long offset, int bytes);

        void write(long offset, int bytes, long value);
    }

    private record Region(long base, long size, Backing backing, Device device) {
        Region(long base, long size, Backing backing) {
            this(base, size, backing, null);
        }

        boolean contains(long address) {
            return Long.compareUnsigned(address - base, size) < 0;
        }
    }

    /** Concurrent so that threads sharing the machine may look up regions while an array gets its home. */
    private final ConcurrentSkipListMap<Long, Region> regions = new ConcurrentSkipListMap<>(Long::compareUnsigned);
    private final Map<Object, Long> arrayHomes = new IdentityHashMap<>();
    private long nextArrayHome = 0x7f00_0000_0000L;

    /** Maps size zeroed bytes at base; returns base. */
    public long map(long base, long size) {
        byte[] bytes = new byte[Math.toIntExact(size)];
        add(new Region(base, size, new Backing() {
            public byte get(long offset) {
                return bytes[(int) offset];
            }

            public void set(long offset, byte value) {
                bytes[(int) offset] = value;
            }
        }));
        return base;
    }

    /** Maps a device's registers at [base, base + size); returns base. */
    public long mapDevice(long base, long size, Device device) {
        add(new Region(base, size, new Backing() {
            public byte get(long offset) {
                return (byte) device.read(offset, 1);
            }

            public void set(long offset, byte value) {
                device.write(offset, 1, value & 0xff);
            }
        }, device));
        return base;
    }

    /** The device region holding address, or null for ordinary memory. */
    private Region deviceAt(long address) {
        Region r = region(address);
        return r.device() != null ? r : null;
    }

    /** Maps the given bytes (copied) at base; returns base. */
    public long map(long base, byte[] content) {
        map(base, content.length);
        for (int i = 0; i < content.length; i++) write8(base + i, content[i]);
        return base;
    }

    private void add(Region r) {
        var below = regions.floorEntry(r.base() + r.size() - 1);
        if (below != null && Long.compareUnsigned(below.getValue().base() + below.getValue().size(), r.base()) > 0) {
            throw new IllegalArgumentException(String.format("region 0x%x+0x%x overlaps 0x%x+0x%x", r.base(), r.size(),
                    below.getValue().base(), below.getValue().size()));
        }
        regions.put(r.base(), r);
    }

    private Region region(long address) {
        var e = regions.floorEntry(address);
        if (e == null || !e.getValue().contains(address)) {
            throw new SimulatedFault(String.format("access to unmapped address 0x%x", address));
        }
        return e.getValue();
    }

    public boolean isMapped(long address) {
        var e = regions.floorEntry(address);
        return e != null && e.getValue().contains(address);
    }

    public byte read8(long address) {
        Region r = region(address);
        return r.backing().get(address - r.base());
    }

    public void write8(long address, byte value) {
        Region r = region(address);
        r.backing().set(address - r.base(), value);
    }

    public short read16(long address) {
        Region d = deviceAt(address);
        if (d != null) return (short) d.device().read(address - d.base(), 2);
        return (short) (read8(address) & 0xff | (read8(address + 1) & 0xff) << 8);
    }

    public int read32(long address) {
        Region d = deviceAt(address);
        if (d != null) return (int) d.device().read(address - d.base(), 4);
        return read16(address) & 0xffff | (read16(address + 2) & 0xffff) << 16;
    }

    public long read64(long address) {
        Region d = deviceAt(address);
        if (d != null) return d.device().read(address - d.base(), 8);
        return read32(address) & 0xffffffffL | (long) read32(address + 4) << 32;
    }

    public void write16(long address, short value) {
        Region d = deviceAt(address);
        if (d != null) {
            d.device().write(address - d.base(), 2, value & 0xffff);
            return;
        }
        write8(address, (byte) value);
        write8(address + 1, (byte) (value >> 8));
    }

    public void write32(long address, int value) {
        Region d = deviceAt(address);
        if (d != null) {
            d.device().write(address - d.base(), 4, value & 0xffffffffL);
            return;
        }
        write16(address, (short) value);
        write16(address + 2, (short) (value >> 16));
    }

    public void write64(long address, long value) {
        Region d = deviceAt(address);
        if (d != null) {
            d.device().write(address - d.base(), 8, value);
            return;
        }
        write32(address, (int) value);
        write32(address + 4, (int) (value >> 32));
    }

    public void copy(long destination, long source, long length) {
        if (Long.compareUnsigned(destination - source, length) < 0) {
            for (long i = length - 1; i >= 0; i--) write8(destination + i, read8(source + i));
        } else {
            for (long i = 0; i < length; i++) write8(destination + i, read8(source + i));
        }
    }

    public void fill(long destination, byte value, long length) {
        for (long i = 0; i < length; i++) write8(destination + i, value);
    }

    /** Reads length bytes into a new array. */
    public byte[] bytes(long address, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) out[i] = read8(address + i);
        return out;
    }

    /** The NUL-terminated ASCII string at address. */
    public String cString(long address) {
        StringBuilder sb = new StringBuilder();
        for (byte b; (b = read8(address)) != 0; address++) sb.append((char) (b & 0xff));
        return sb.toString();
    }

    /** A home for a Java array in simulated memory: accesses there read and write the array itself. */
    public synchronized long addressOf(long[] array) {
        return arrayHomes.computeIfAbsent(array, a -> {
            long base = nextArrayHome;
            nextArrayHome += (array.length * 8L + 0xfff) & ~0xfffL;
            add(new Region(base, array.length * 8L, new Backing() {
                public byte get(long offset) {
                    return (byte) (array[(int) (offset >>> 3)] >>> (8 * (offset & 7)));
                }

                public void set(long offset, byte value) {
                    int i = (int) (offset >>> 3), shift = (int) (8 * (offset & 7));
                    array[i] = array[i] & ~(0xffL << shift) | (value & 0xffL) << shift;
                }
            }));
            return base;
        });
    }

    public synchronized long addressOf(int[] array) {
        return arrayHomes.computeIfAbsent(array, a -> {
            long base = nextArrayHome;
            nextArrayHome += (array.length * 4L + 0xfff) & ~0xfffL;
            add(new Region(base, array.length * 4L, new Backing() {
                public byte get(long offset) {
                    return (byte) (array[(int) (offset >>> 2)] >>> (8 * (offset & 3)));
                }

                public void set(long offset, byte value) {
                    int i = (int) (offset >>> 2), shift = (int) (8 * (offset & 3));
                    array[i] = array[i] & ~(0xff << shift) | (value & 0xff) << shift;
                }
            }));
            return base;
        });
    }

    public synchronized long addressOf(byte[] array) {
        return arrayHomes.computeIfAbsent(array, a -> {
            long base = nextArrayHome;
            nextArrayHome += (array.length + 0xfffL) & ~0xfffL;
            add(new Region(base, array.length, new Backing() {
                public byte get(long offset) {
                    return array[(int) offset];
                }

                public void set(long offset, byte value) {
                    array[(int) offset] = value;
                }
            }));
            return base;
        });
    }
}
