package bench;

import java.util.ArrayList;
import java.util.List;

/**
 * An n-body simulation written the way application code is: a {@code Body} class with private state
 * behind getters and setters, an immutable {@code Vector3} value class whose operations allocate, and a
 * {@code Force} interface so the law of attraction is a virtual call. A seeded star system of a central
 * mass and orbiting bodies; prints the energy before and after as fixed decimals. Size = time steps.
 *
 * <p>Usage: {@code BodiesOO [steps] [iterations]}.
 */
public final class BodiesOO {
    static final int DEFAULT_STEPS = 200_000;
    static final int BODIES = 8;
    static final double DT = 0.001;

    /** An immutable 3-vector. */
    static final class Vector3 {
        static final Vector3 ZERO = new Vector3(0, 0, 0);

        private final double x;
        private final double y;
        private final double z;

        Vector3(double x, double y, double z) {
            this.x = x;
            this.y = y;
            this.z = z;
        }

        double getX() { return x; }

        double getY() { return y; }

        double getZ() { return z; }

        Vector3 plus(Vector3 o) { return new Vector3(x + o.x, y + o.y, z + o.z); }

        Vector3 minus(Vector3 o) { return new Vector3(x - o.x, y - o.y, z - o.z); }

        Vector3 times(double k) { return new Vector3(x * k, y * k, z * k); }

        double dot(Vector3 o) { return x * o.x + y * o.y + z * o.z; }

        double length() { return Math.sqrt(dot(this)); }
    }

    static final class Body {
        private final String name;
        private Vector3 position;
        private Vector3 velocity;
        private final double mass;

        Body(String name, Vector3 position, Vector3 velocity, double mass) {
            this.name = name;
            this.position = position;
            this.velocity = velocity;
            this.mass = mass;
        }

        String getName() { return name; }

        Vector3 getPosition() { return position; }

        void setPosition(Vector3 p) { position = p; }

        Vector3 getVelocity() { return velocity; }

        void setVelocity(Vector3 v) { velocity = v; }

        double getMass() { return mass; }

        double kineticEnergy() { return 0.5 * mass * velocity.dot(velocity); }
    }

    /** The force law between two bodies; returns the acceleration factor per unit mass. */
    interface Force {
        double factor(double distance);

        double potential(double m1, double m2, double distance);
    }

    static final class Gravity implements Force {
        private final double g;

        Gravity(double g) { this.g = g; }

        @Override public double factor(double distance) { return g / (distance * distance * distance); }

        @Override public double potential(double m1, double m2, double distance) { return -g * m1 * m2 / distance; }
    }

    static final class StarSystem {
        private final List<Body> bodies = new ArrayList<>();
        private final Force force;

        StarSystem(Force force) { this.force = force; }

        void add(Body b) { bodies.add(b); }

        /** Moves the system so its total momentum is zero. */
        void offsetMomentum() {
            Vector3 p = Vector3.ZERO;
            double total = 0;
            for (Body b : bodies) {
                p = p.plus(b.getVelocity().times(b.getMass()));
                total += b.getMass();
            }
            Vector3 drift = p.times(1.0 / total);
            for (Body b : bodies) b.setVelocity(b.getVelocity().minus(drift));
        }

        void advance(double dt) {
            int n = bodies.size();
            for (int i = 0; i < n; i++) {
                Body a = bodies.get(i);
                for (int j = i + 1; j < n; j++) {
                    Body b = bodies.get(j);
                    Vector3 d = a.getPosition().minus(b.getPosition());
                    double mag = dt * force.factor(d.length());
                    a.setVelocity(a.getVelocity().minus(d.times(b.getMass() * mag)));
                    b.setVelocity(b.getVelocity().plus(d.times(a.getMass() * mag)));
                }
            }
            for (Body b : bodies) b.setPosition(b.getPosition().plus(b.getVelocity().times(dt)));
        }

        double energy() {
            double e = 0;
            for (int i = 0; i < bodies.size(); i++) {
                Body a = bodies.get(i);
                e += a.kineticEnergy();
                for (int j = i + 1; j < bodies.size(); j++) {
                    Body b = bodies.get(j);
                    e += force.potential(a.getMass(), b.getMass(), a.getPosition().minus(b.getPosition()).length());
                }
            }
            return e;
        }
    }

    static StarSystem create() {
        Rng rng = new Rng(314159);
        StarSystem s = new StarSystem(new Gravity(4 * Math.PI * Math.PI));
        s.add(new Body("star", Vector3.ZERO, Vector3.ZERO, 1.0));
        for (int i = 1; i < BODIES; i++) {
            double r = 0.5 + i * 0.8 + rng.nextDouble() * 0.3;
            // A random direction without sin/cos: Math's trigonometry may differ by an ulp between VMs.
            Vector3 dir = new Vector3(rng.nextDouble() * 2 - 1, rng.nextDouble() * 2 - 1 + 1e-3, 0);
            double cos = dir.getX() / dir.length(), sin = dir.getY() / dir.length();
            double speed = 2 * Math.PI / Math.sqrt(r);
            Vector3 pos = new Vector3(r * cos, r * sin, (rng.nextDouble() - 0.5) * 0.1);
            Vector3 vel = new Vector3(-speed * sin, speed * cos, (rng.nextDouble() - 0.5) * 0.01);
            s.add(new Body("planet" + i, pos, vel, 1e-5 + rng.nextDouble() * 1e-3));
        }
        s.offsetMomentum();
        return s;
    }

    /** Nine decimals, rounded, formatted by hand so no floating-point printing is involved. */
    static String fixed(double v) {
        long units = Math.round(v * 1e9);
        String sign = units < 0 ? "-" : "";
        long abs = Math.abs(units);
        String frac = Long.toString(abs % 1_000_000_000L);
        return sign + (abs / 1_000_000_000L) + "." + "0".repeat(9 - frac.length()) + frac;
    }

    static long simulate(int steps, StringBuilder report) {
        StarSystem s = create();
        double before = s.energy();
        for (int i = 0; i < steps; i++) s.advance(DT);
        double after = s.energy();
        report.setLength(0);
        report.append(fixed(before)).append(' ').append(fixed(after));
        long h = 0;
        for (Body b : s.bodies) h = h * 31 + Double.doubleToLongBits(b.getPosition().getX()) + b.getName().length();
        return h;
    }

    public static void main(String[] args) {
        int steps = Harness.arg(args, 0, DEFAULT_STEPS, "number of steps");
        int iterations = Harness.arg(args, 1, 5, "iteration count");
        StringBuilder report = new StringBuilder();
        Harness.run("BodiesOO", iterations, i -> simulate(steps, report));
        System.out.println("energy " + report);
    }
}
