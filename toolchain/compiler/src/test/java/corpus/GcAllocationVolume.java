// jvm: -Xmx64m
package corpus;

/** More than 5 GB allocated in total inside a 64 MB heap, with a live set that keeps changing. */
public class GcAllocationVolume {
    public static void main(String[] args) {
        Object[] live = new Object[4096];            // up to about 16 MB live at any time
        long allocated = 0, check = 0;
        int i = 0;
        while (allocated < 5L << 30) {
            int size = 16 + (int) ((i * 7919L) % 8000);
            byte[] b = new byte[size];
            b[size - 1] = (byte) i;
            allocated += size + 24;
            if ((i & 7) == 0) live[(i >>> 3) & 4095] = b;
            if ((i & 255) == 0) {
                long[] big = new long[16 * 1024];       // 128 KiB, mostly short-lived
                big[i & 1023] = i;
                allocated += big.length * 8L + 24;
                check += big[i & 1023];
            }
            i++;
        }
        long s = 0;
        for (Object o : live) if (o != null) s += ((byte[]) o).length;
        System.out.println("allocated at least 5 GiB: " + (allocated >= 5L << 30) + " objects " + i + " live " + s + " check " + check);
    }
}
