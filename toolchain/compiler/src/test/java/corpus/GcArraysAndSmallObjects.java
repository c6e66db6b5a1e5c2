package corpus;

import java.util.ArrayList;
import java.util.List;

/** Large arrays, arrays of arrays and many small objects, with the live ones checked after collections. */
public class GcArraysAndSmallObjects {
    record Point(int x, int y) {}

    public static void main(String[] args) {
        // Large arrays of every element size, some kept, most dropped.
        List<Object> kept = new ArrayList<>();
        long check = 0;
        for (int i = 0; i < 300; i++) {
            int n = 10_000 + i * 1000;
            long[] l = new long[n];
            l[n - 1] = i;
            int[] in = new int[n * 2];
            in[n] = i;
            byte[] b = new byte[n * 4];
            b[n * 4 - 1] = (byte) i;
            Object[] refs = new Object[n / 10];
            refs[refs.length - 1] = l;
            check += l[n - 1] + in[n] + b[n * 4 - 1] + ((long[]) refs[refs.length - 1]).length;
            if (i % 50 == 0) kept.add(refs);
        }
        System.gc();
        for (Object o : kept) {
            Object[] refs = (Object[]) o;
            long[] l = (long[]) refs[refs.length - 1];
            check += l.length + l[l.length - 1];
        }
        System.out.println("large " + check + " kept " + kept.size());

        // A 2-D array whose rows are the only references to the rows.
        int[][] grid = new int[2000][];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = new int[500];
            for (int j = 0; j < 500; j += 100) grid[i][j] = i + j;
            int[] tmp = new int[700];        // garbage between the rows
            tmp[1] = i;
        }
        System.gc();
        long gsum = 0;
        for (int[] row : grid) for (int v : row) gsum += v;
        System.out.println("grid " + gsum);

        // Millions of small objects, a fraction of them kept.
        Point[] window = new Point[1024];
        long psum = 0;
        for (int i = 0; i < 5_000_000; i++) {
            Point p = new Point(i, -i);
            window[i & 1023] = p;
            psum += p.x() + p.y() + i;
        }
        long wsum = 0;
        for (Point p : window) wsum += p.x();
        String s = "";
        for (int i = 0; i < 2000; i++) s = (s.length() > 40 ? "" : s) + i;
        System.out.println("small " + psum + " window " + wsum + " " + s);
    }
}
