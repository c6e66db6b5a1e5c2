package bench;

/**
 * The Computer Language Benchmarks Game "n-body": a symplectic-integrator simulation of the Jovian
 * planets, single-threaded, in plain Java. Prints the total energy before and after {@code N} steps
 * with nine decimals (the output of the reference programs).
 *
 * <p>To keep the class-library surface small for the AOT compiler, the energies are formatted by
 * {@link #format9} rather than {@code String.format("%.9f")}; for these values it prints the same text.
 */
public final class NBody {
    static final int DEFAULT_N = 50_000_000;

    static final double PI = 3.141592653589793;
    static final double SOLAR_MASS = 4 * PI * PI;
    static final double DAYS_PER_YEAR = 365.24;

    static final class Body {
        double x, y, z, vx, vy, vz, mass;

        Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.vx = vx * DAYS_PER_YEAR;
            this.vy = vy * DAYS_PER_YEAR;
            this.vz = vz * DAYS_PER_YEAR;
            this.mass = mass * SOLAR_MASS;
        }
    }

    private final Body[] bodies;

    NBody() {
        bodies = new Body[] {
            // sun
            new Body(0, 0, 0, 0, 0, 0, 1),
            // jupiter
            new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                     1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                     9.54791938424326609e-04),
            // saturn
            new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                     -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                     2.85885980666130812e-04),
            // uranus
            new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                     2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                     4.36624404335156298e-05),
            // neptune
            new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                     2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                     5.15138902046611451e-05),
        };
        double px = 0, py = 0, pz = 0;
        for (Body b : bodies) {
            px += b.vx * b.mass;
            py += b.vy * b.mass;
            pz += b.vz * b.mass;
        }
        Body sun = bodies[0];
        sun.vx = -px / SOLAR_MASS;
        sun.vy = -py / SOLAR_MASS;
        sun.vz = -pz / SOLAR_MASS;
    }

    void advance(double dt) {
        Body[] bs = bodies;
        int n = bs.length;
        for (int i = 0; i < n; i++) {
            Body a = bs[i];
            for (int j = i + 1; j < n; j++) {
                Body b = bs[j];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double distance = Math.sqrt(d2);
                double mag = dt / (d2 * distance);
                double am = a.mass * mag;
                double bm = b.mass * mag;
                a.vx -= dx * bm;
                a.vy -= dy * bm;
                a.vz -= dz * bm;
                b.vx += dx * am;
                b.vy += dy * am;
                b.vz += dz * am;
            }
        }
        for (Body b : bs) {
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }

    double energy() {
        double e = 0.0;
        Body[] bs = bodies;
        for (int i = 0; i < bs.length; i++) {
            Body a = bs[i];
            e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
            for (int j = i + 1; j < bs.length; j++) {
                Body b = bs[j];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
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
        NBody system = new NBody();
        System.out.println(format9(system.energy()));
        for (int i = 0; i < n; i++) {
            system.advance(0.01);
        }
        System.out.println(format9(system.energy()));
    }
}
