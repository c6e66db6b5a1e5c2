package bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A broad-phase collision detector: axis-aligned boxes move in a closed 2-D world, kept in a
 * red-black tree ({@code TreeMap}) ordered by their left edge. Each step moves every box (removing and
 * re-inserting it in the tree), sweeps the tree to find pairs whose x ranges overlap, tests the y
 * ranges, and bounces colliding boxes apart. Size = number of boxes; each iteration runs a fixed number
 * of steps.
 *
 * <p>Usage: {@code Collisions [boxes] [iterations]}.
 */
public final class Collisions {
    static final int DEFAULT_BOXES = 4_000;
    static final int STEPS = 100;
    static final double WORLD = 1000.0;

    /** Orders boxes by left edge, then by id so equal edges stay distinct keys. */
    record Key(double minX, int id) implements Comparable<Key> {
        @Override public int compareTo(Key o) {
            int c = Double.compare(minX, o.minX);
            return c != 0 ? c : Integer.compare(id, o.id);
        }
    }

    record Vec(double x, double y) {
        Vec plus(Vec o) { return new Vec(x + o.x, y + o.y); }

        Vec scale(double k) { return new Vec(x * k, y * k); }
    }

    /** Something with bounds the detector can test. */
    interface Shape {
        double minX();

        double maxX();

        double minY();

        double maxY();

        default boolean overlaps(Shape o) {
            return minX() <= o.maxX() && o.minX() <= maxX() && minY() <= o.maxY() && o.minY() <= maxY();
        }
    }

    static final class Box implements Shape {
        private final int id;
        private Vec position;
        private Vec velocity;
        private final double width;
        private final double height;
        private int hits;

        Box(int id, Vec position, Vec velocity, double width, double height) {
            this.id = id;
            this.position = position;
            this.velocity = velocity;
            this.width = width;
            this.height = height;
        }

        int id() { return id; }

        Vec position() { return position; }

        Vec velocity() { return velocity; }

        void setVelocity(Vec v) { velocity = v; }

        int hits() { return hits; }

        void hit() { hits++; }

        Key key() { return new Key(minX(), id); }

        @Override public double minX() { return position.x(); }

        @Override public double maxX() { return position.x() + width; }

        @Override public double minY() { return position.y(); }

        @Override public double maxY() { return position.y() + height; }

        void move(double dt) {
            Vec p = position.plus(velocity.scale(dt));
            double vx = velocity.x(), vy = velocity.y();
            if (p.x() < 0 || p.x() + width > WORLD) vx = -vx;
            if (p.y() < 0 || p.y() + height > WORLD) vy = -vy;
            velocity = new Vec(vx, vy);
            position = new Vec(Math.max(0, Math.min(WORLD - width, p.x())), Math.max(0, Math.min(WORLD - height, p.y())));
        }
    }

    record Contact(Box a, Box b) {}

    static final class World {
        private final TreeMap<Key, Box> byLeftEdge = new TreeMap<>();
        private final List<Box> boxes = new ArrayList<>();
        private double widest;

        void add(Box b) {
            boxes.add(b);
            byLeftEdge.put(b.key(), b);
            widest = Math.max(widest, b.maxX() - b.minX());
        }

        void step(double dt) {
            for (Box b : boxes) {
                if (byLeftEdge.remove(b.key()) != b) throw new IllegalStateException("box " + b.id() + " lost from the tree");
                b.move(dt);
                byLeftEdge.put(b.key(), b);
            }
        }

        /** Sweep: for each box, the boxes whose left edge lies within its x range are candidates. */
        List<Contact> detect() {
            List<Contact> contacts = new ArrayList<>();
            for (Map.Entry<Key, Box> e : byLeftEdge.entrySet()) {
                Box a = e.getValue();
                for (Box b : byLeftEdge.tailMap(e.getKey(), false).values()) {
                    if (b.minX() > a.maxX()) break;
                    if (a.overlaps(b)) contacts.add(new Contact(a, b));
                }
            }
            return contacts;
        }

        /** Equal masses: exchange velocities, once per box per step. */
        long resolve(List<Contact> contacts) {
            Set<Integer> handled = new HashSet<>();
            long sum = 0;
            for (Contact c : contacts) {
                c.a().hit();
                c.b().hit();
                sum += (long) c.a().id() * 65_537 + c.b().id();
                if (handled.contains(c.a().id()) || handled.contains(c.b().id())) continue;
                handled.add(c.a().id());
                handled.add(c.b().id());
                Vec va = c.a().velocity();
                c.a().setVelocity(c.b().velocity());
                c.b().setVelocity(va);
            }
            return sum;
        }
    }

    static long simulate(int boxes) {
        Rng rng = new Rng(1234567);
        World world = new World();
        for (int i = 0; i < boxes; i++) {
            double w = 2 + rng.nextDouble() * 8, h = 2 + rng.nextDouble() * 8;
            Vec p = new Vec(rng.nextDouble() * (WORLD - w), rng.nextDouble() * (WORLD - h));
            Vec v = new Vec(rng.nextDouble() * 20 - 10, rng.nextDouble() * 20 - 10);
            world.add(new Box(i, p, v, w, h));
        }
        long sum = 0;
        long contacts = 0;
        for (int s = 0; s < STEPS; s++) {
            world.step(0.05);
            List<Contact> found = world.detect();
            contacts += found.size();
            sum = sum * 31 + world.resolve(found);
        }
        long positions = 0;
        for (Box b : world.boxes) {
            positions = positions * 31 + Double.doubleToLongBits(b.position().x()) + b.hits();
            positions ^= Double.doubleToLongBits(b.position().y());
        }
        return sum * 1_000_003L + contacts * 7 + positions;
    }

    public static void main(String[] args) {
        int boxes = Harness.arg(args, 0, DEFAULT_BOXES, "number of boxes");
        int iterations = Harness.arg(args, 1, 5, "iteration count");
        Harness.run("Collisions", iterations, i -> simulate(boxes));
    }
}
