package bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A finite-domain constraint solver applied to Sudoku: variables with bit-set domains, constraints
 * behind one interface (all-different over a unit, and "each digit has a place" over a unit) woken
 * through a propagation queue, a trail that undoes domain changes on backtracking, and a search that
 * branches on the smallest domain. Puzzles are generated from a shuffled solved grid with cells removed.
 * Size = number of puzzles per iteration.
 *
 * <p>Usage: {@code Constraints [puzzles] [iterations]}.
 */
public final class Constraints {
    static final int DEFAULT_PUZZLES = 400;
    static final int FULL = 0x3FE; // digits 1..9 as bits 1..9

    /** A variable over digits 1..9; knows the constraints to wake when its domain shrinks. */
    static final class Variable {
        private final int index;
        private int domain = FULL;
        private final List<Constraint> watchers = new ArrayList<>(3);

        Variable(int index) { this.index = index; }

        int index() { return index; }

        int domain() { return domain; }

        int size() { return Integer.bitCount(domain); }

        boolean isFixed() { return size() == 1; }

        int value() { return Integer.numberOfTrailingZeros(domain); }

        List<Constraint> watchers() { return watchers; }

        void watch(Constraint c) { watchers.add(c); }
    }

    /** A propagator over some variables; returns false when it finds the store inconsistent. */
    interface Constraint {
        boolean propagate(Store store);
    }

    /** No two variables of the unit take the same value: a fixed value leaves the others' domains. */
    record AllDifferent(Variable[] vars) implements Constraint {
        @Override public boolean propagate(Store store) {
            for (Variable v : vars) {
                if (!v.isFixed()) continue;
                int bit = v.domain();
                for (Variable w : vars) {
                    if (w != v && (w.domain() & bit) != 0 && !store.narrow(w, w.domain() & ~bit)) return false;
                }
            }
            return true;
        }
    }

    /** Every digit appears somewhere in the unit: a digit with one possible place is put there. */
    record EveryDigitPlaced(Variable[] vars) implements Constraint {
        @Override public boolean propagate(Store store) {
            for (int d = 1; d <= 9; d++) {
                int bit = 1 << d;
                Variable only = null;
                int count = 0;
                for (Variable v : vars) {
                    if ((v.domain() & bit) != 0) {
                        count++;
                        only = v;
                    }
                }
                if (count == 0) return false;
                if (count == 1 && only.domain() != bit && !store.narrow(only, bit)) return false;
            }
            return true;
        }
    }

    /** One undoable domain change. */
    record Change(Variable var, int oldDomain) {}

    /** The variables, the trail of changes and the queue of constraints waiting to run. */
    static final class Store {
        final Variable[] vars = new Variable[81];
        final List<Constraint> constraints = new ArrayList<>();
        private final ArrayDeque<Change> trail = new ArrayDeque<>();
        private final ArrayDeque<Constraint> queue = new ArrayDeque<>();
        long narrowings;

        Store() {
            for (int i = 0; i < 81; i++) vars[i] = new Variable(i);
            for (int i = 0; i < 9; i++) {
                int u = i;
                addUnit(unit(r -> u * 9 + r));
                addUnit(unit(r -> r * 9 + u));
                int br = (u / 3) * 3, bc = (u % 3) * 3;
                addUnit(unit(r -> (br + r / 3) * 9 + bc + r % 3));
            }
        }

        private Variable[] unit(java.util.function.IntUnaryOperator cell) {
            Variable[] vs = new Variable[9];
            for (int r = 0; r < 9; r++) vs[r] = vars[cell.applyAsInt(r)];
            return vs;
        }

        private void addUnit(Variable[] unit) {
            for (Constraint c : List.of(new AllDifferent(unit), new EveryDigitPlaced(unit))) {
                constraints.add(c);
                for (Variable v : unit) v.watch(c);
            }
        }

        /** Shrinks {@code v}'s domain to {@code domain}; false if it becomes empty. */
        boolean narrow(Variable v, int domain) {
            if (domain == v.domain) return true;
            if (domain == 0) return false;
            trail.push(new Change(v, v.domain));
            v.domain = domain;
            narrowings++;
            for (Constraint c : v.watchers()) queue.add(c);
            return true;
        }

        boolean propagate() {
            while (!queue.isEmpty()) {
                if (!queue.poll().propagate(this)) {
                    queue.clear();
                    return false;
                }
            }
            return true;
        }

        int mark() { return trail.size(); }

        void undo(int mark) {
            while (trail.size() > mark) {
                Change c = trail.pop();
                c.var().domain = c.oldDomain();
            }
        }
    }

    /** Depth-first search; returns the number of search nodes, or -1 if there is no solution. */
    static final class Solver {
        private final Store store;
        long nodes;

        Solver(Store store) { this.store = store; }

        boolean solve() {
            nodes++;
            if (!store.propagate()) return false;
            Variable best = null;
            for (Variable v : store.vars) {
                if (!v.isFixed() && (best == null || v.size() < best.size())) best = v;
            }
            if (best == null) return true;
            int domain = best.domain();
            for (int d = 1; d <= 9; d++) {
                int bit = 1 << d;
                if ((domain & bit) == 0) continue;
                int mark = store.mark();
                if (store.narrow(best, bit) && solve()) return true;
                store.undo(mark);
            }
            return false;
        }
    }

    /** A solved grid from the standard pattern, shuffled by digit, rows within bands and bands. */
    static int[] solvedGrid(Rng rng) {
        int[] digits = shuffled(rng, 9);
        int[] rows = new int[9], cols = new int[9];
        int[] bands = shuffled(rng, 3), stacks = shuffled(rng, 3);
        for (int b = 0; b < 3; b++) {
            int[] inRow = shuffled(rng, 3), inCol = shuffled(rng, 3);
            for (int k = 0; k < 3; k++) {
                rows[b * 3 + k] = bands[b] * 3 + inRow[k];
                cols[b * 3 + k] = stacks[b] * 3 + inCol[k];
            }
        }
        int[] grid = new int[81];
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                int rr = rows[r], cc = cols[c];
                grid[r * 9 + c] = digits[(rr * 3 + rr / 3 + cc) % 9] + 1;
            }
        }
        return grid;
    }

    static int[] shuffled(Rng rng, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    static long solveAll(int puzzles) {
        Rng rng = new Rng(77);
        long sum = 0;
        for (int p = 0; p < puzzles; p++) {
            int[] grid = solvedGrid(rng);
            int clues = 22 + rng.nextInt(8);
            int[] order = shuffled(rng, 81);
            Store store = new Store();
            boolean ok = true;
            for (int k = 0; k < clues && ok; k++) {
                Variable v = store.vars[order[k]];
                ok = store.narrow(v, 1 << grid[order[k]]);
            }
            Solver solver = new Solver(store);
            if (!ok || !solver.solve()) throw new IllegalStateException("puzzle " + p + " has no solution");
            long h = 0;
            for (Variable v : store.vars) {
                if (!v.isFixed()) throw new IllegalStateException("puzzle " + p + ": cell " + v.index() + " unsolved");
                h = h * 10 + v.value();
            }
            sum = sum * 31 + h + solver.nodes * 1_000_003L + store.narrowings;
        }
        return sum;
    }

    public static void main(String[] args) {
        int puzzles = Harness.arg(args, 0, DEFAULT_PUZZLES, "number of puzzles");
        int iterations = Harness.arg(args, 1, 5, "iteration count");
        Harness.run("Constraints", iterations, i -> solveAll(puzzles));
    }
}
