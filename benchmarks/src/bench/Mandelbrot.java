package bench;

/**
 * The Computer Language Benchmarks Game "mandelbrot": the N x N bitmap of the Mandelbrot set over
 * [-1.5, 0.5] x [-1, 1], 50 iterations, escape radius 2, packed eight pixels a byte as in the PBM (P4)
 * output of the reference programs. Single-threaded, plain Java. Instead of the PBM bytes it prints the
 * header line, the number of set pixels and the 64-bit FNV-1a hash of the packed rows.
 */
public final class Mandelbrot {
    static final int DEFAULT_N = 7000;

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_N;
        int w = n;
        int h = n;
        long hash = FNV_OFFSET;
        long setPixels = 0;
        for (int y = 0; y < h; y++) {
            double ci = 2.0 * y / h - 1.0;
            int bits = 0;
            int bitNum = 0;
            for (int x = 0; x < w; x++) {
                double cr = 2.0 * x / w - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                for (int i = 0; i < 50 && tr + ti <= 4.0; i++) {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                }
                bits <<= 1;
                if (tr + ti <= 4.0) {
                    bits |= 1;
                    setPixels++;
                }
                bitNum++;
                if (bitNum == 8) {
                    hash = (hash ^ bits) * FNV_PRIME;
                    bits = 0;
                    bitNum = 0;
                } else if (x == w - 1) {
                    bits <<= 8 - (w & 7);
                    hash = (hash ^ (bits & 0xff)) * FNV_PRIME;
                    bits = 0;
                    bitNum = 0;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("P4 ").append(w).append(' ').append(h);
        System.out.println(sb.toString());
        sb.setLength(0);
        sb.append("set pixels ").append(setPixels);
        System.out.println(sb.toString());
        sb.setLength(0);
        sb.append("fnv1a64 ").append(hash);
        System.out.println(sb.toString());
    }
}
