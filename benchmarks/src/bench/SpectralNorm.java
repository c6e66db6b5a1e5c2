package bench;

/**
 * The Computer Language Benchmarks Game "spectral-norm": the spectral norm of the infinite matrix
 * A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1) truncated to N x N, by ten power-method iterations.
 * Single-threaded, plain Java. Prints the norm with nine decimals (as {@code "%.9f"} would).
 */
public final class SpectralNorm {
    static final int DEFAULT_N = 7000;

    private static double a(int i, int j) {
        int ij = i + j;
        return 1.0 / ((ij * (ij + 1) >>> 1) + i + 1);
    }

    /** out = A * v */
    private static void multiplyAv(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    /** out = transpose(A) * v */
    private static void multiplyAtv(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    /** out = transpose(A) * A * v, using tmp as scratch. */
    private static void multiplyAtAv(double[] v, double[] out, double[] tmp) {
        multiplyAv(v, tmp);
        multiplyAtv(tmp, out);
    }

    static double spectralNorm(int n) {
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = 1.0;
        }
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(u, v, tmp);
            multiplyAtAv(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        return Math.sqrt(vBv / vv);
    }

    /** {@code v} with exactly nine decimals, rounded half up, like {@code "%.9f"} for |v| < 9e9. */
    static String format9(double v) {
        StringBuilder sb = new StringBuilder();
        long scaled = Math.round(Math.abs(v) * 1e9);
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / 1_000_000_000L);
        sb.append('.');
        String frac = Long.toString(scaled % 1_000_000_000L);
        for (int i = frac.length(); i < 9; i++) {
            sb.append('0');
        }
        sb.append(frac);
        return sb.toString();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_N;
        System.out.println(format9(spectralNorm(n)));
    }
}
