package bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A discrete-event simulation of a task scheduler: tasks of several kinds (compute, I/O, periodic)
 * arrive over time, wait in a priority-ordered ready queue, run on a few simulated CPUs in time slices,
 * block on a device queue and are woken by completion events. Events sit in a priority queue ordered by
 * time; per-kind statistics live in a map. Size = number of tasks per iteration.
 *
 * <p>Usage: {@code Scheduler [tasks] [iterations]}.
 */
public final class Scheduler {
    static final int DEFAULT_TASKS = 60_000;
    static final int CPUS = 4;
    static final int SLICE = 10;

    /** What a task does when it gets a CPU; kinds differ in how they use their slices. */
    interface Task {
        int id();

        int priority();

        String kind();

        /** Runs for at most {@code slice} ticks and says what happens next. */
        Outcome run(int slice, Rng rng);

        /** Called when an I/O request this task issued completes. */
        default void ioDone() {}
    }

    /** The result of one slice: how long it ran and what the task wants next. */
    record Outcome(int used, Next next, int waitTicks) {}

    enum Next { READY, BLOCKED, SLEEPING, FINISHED }

    abstract static class BaseTask implements Task {
        private final int id;
        private final int priority;
        protected int remaining;

        BaseTask(int id, int priority, int work) {
            this.id = id;
            this.priority = priority;
            this.remaining = work;
        }

        @Override public int id() { return id; }

        @Override public int priority() { return priority; }
    }

    static final class ComputeTask extends BaseTask {
        ComputeTask(int id, int priority, int work) { super(id, priority, work); }

        @Override public String kind() { return "compute"; }

        @Override public Outcome run(int slice, Rng rng) {
            int used = Math.min(slice, remaining);
            remaining -= used;
            return new Outcome(used, remaining == 0 ? Next.FINISHED : Next.READY, 0);
        }
    }

    static final class IoTask extends BaseTask {
        private int requests;
        private boolean pending;

        IoTask(int id, int priority, int work, int requests) {
            super(id, priority, work);
            this.requests = requests;
        }

        @Override public String kind() { return "io"; }

        @Override public Outcome run(int slice, Rng rng) {
            int burst = 1 + rng.nextInt(Math.max(1, Math.min(slice, remaining)));
            remaining = Math.max(0, remaining - burst);
            if (remaining == 0 && requests == 0) return new Outcome(burst, Next.FINISHED, 0);
            if (requests > 0) {
                requests--;
                pending = true;
                return new Outcome(burst, Next.BLOCKED, 5 + rng.nextInt(40));
            }
            return new Outcome(burst, Next.READY, 0);
        }

        @Override public void ioDone() {
            if (!pending) throw new IllegalStateException("io completion for task " + id() + " without a request");
            pending = false;
        }
    }

    static final class PeriodicTask extends BaseTask {
        private final int period;
        private int rounds;

        PeriodicTask(int id, int priority, int work, int period, int rounds) {
            super(id, priority, work);
            this.period = period;
            this.rounds = rounds;
        }

        @Override public String kind() { return "periodic"; }

        @Override public Outcome run(int slice, Rng rng) {
            int used = Math.min(slice, remaining);
            rounds--;
            return new Outcome(used, rounds == 0 ? Next.FINISHED : Next.SLEEPING, period);
        }
    }

    /** Something that happens at a point in simulated time; {@code seq} breaks ties in arrival order. */
    abstract static class Event {
        final long time;
        final long seq;

        Event(long time, long seq) {
            this.time = time;
            this.seq = seq;
        }

        abstract void fire(Simulation sim);
    }

    static final class Arrival extends Event {
        final Task task;

        Arrival(long time, long seq, Task task) { super(time, seq); this.task = task; }

        @Override void fire(Simulation sim) { sim.makeReady(task); }
    }

    static final class IoCompletion extends Event {
        final Task task;

        IoCompletion(long time, long seq, Task task) { super(time, seq); this.task = task; }

        @Override void fire(Simulation sim) {
            task.ioDone();
            sim.makeReady(task);
        }
    }

    static final class Wakeup extends Event {
        final Task task;

        Wakeup(long time, long seq, Task task) { super(time, seq); this.task = task; }

        @Override void fire(Simulation sim) { sim.makeReady(task); }
    }

    static final class SliceEnd extends Event {
        final Cpu cpu;

        SliceEnd(long time, long seq, Cpu cpu) { super(time, seq); this.cpu = cpu; }

        @Override void fire(Simulation sim) { sim.sliceEnded(cpu); }
    }

    static final class Cpu {
        final int index;
        Task current;
        Outcome outcome;
        long busyTicks;

        Cpu(int index) { this.index = index; }
    }

    static final class KindStats {
        int finished;
        long turnaround;
        long slices;
    }

    static final class Simulation {
        private final PriorityQueue<Event> events =
                new PriorityQueue<>(Comparator.comparingLong((Event e) -> e.time).thenComparingLong(e -> e.seq));
        private final PriorityQueue<Task> ready =
                new PriorityQueue<>(Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::id));
        private final ArrayDeque<Cpu> idle = new ArrayDeque<>();
        private final List<Cpu> cpus = new ArrayList<>();
        private final Map<Integer, Long> arrivedAt = new HashMap<>();
        private final Map<String, KindStats> stats = new HashMap<>();
        private final Rng rng;
        private long now;
        private long seq;
        private long order;

        Simulation(Rng rng) {
            this.rng = rng;
            for (int i = 0; i < CPUS; i++) {
                Cpu c = new Cpu(i);
                cpus.add(c);
                idle.add(c);
            }
        }

        void schedule(Event e) { events.add(e); }

        long nextSeq() { return seq++; }

        void submit(long time, Task t) {
            arrivedAt.put(t.id(), time);
            schedule(new Arrival(time, nextSeq(), t));
        }

        void makeReady(Task t) {
            ready.add(t);
            dispatch();
        }

        private void dispatch() {
            while (!idle.isEmpty() && !ready.isEmpty()) {
                Cpu cpu = idle.poll();
                Task t = ready.poll();
                cpu.current = t;
                cpu.outcome = t.run(SLICE, rng);
                cpu.busyTicks += cpu.outcome.used();
                stats.computeIfAbsent(t.kind(), k -> new KindStats()).slices++;
                schedule(new SliceEnd(now + Math.max(1, cpu.outcome.used()), nextSeq(), cpu));
            }
        }

        void sliceEnded(Cpu cpu) {
            Task t = cpu.current;
            Outcome o = cpu.outcome;
            cpu.current = null;
            cpu.outcome = null;
            idle.add(cpu);
            switch (o.next()) {
                case READY -> ready.add(t);
                case BLOCKED -> schedule(new IoCompletion(now + o.waitTicks(), nextSeq(), t));
                case SLEEPING -> schedule(new Wakeup(now + o.waitTicks(), nextSeq(), t));
                case FINISHED -> {
                    KindStats s = stats.computeIfAbsent(t.kind(), k -> new KindStats());
                    s.finished++;
                    s.turnaround += now - arrivedAt.remove(t.id());
                    order = order * 31 + t.id();
                }
            }
            dispatch();
        }

        long runToEnd() {
            while (!events.isEmpty()) {
                Event e = events.poll();
                if (e.time < now) throw new IllegalStateException("event in the past at " + now);
                now = e.time;
                e.fire(this);
            }
            if (!arrivedAt.isEmpty()) throw new IllegalStateException(arrivedAt.size() + " tasks never finished");
            long sum = now;
            for (String kind : List.of("compute", "io", "periodic")) {
                KindStats s = stats.get(kind);
                if (s == null) continue;
                sum = sum * 1_000_003L + s.finished;
                sum = sum * 1_000_003L + s.turnaround;
                sum = sum * 1_000_003L + s.slices;
            }
            long busy = 0;
            for (Cpu c : cpus) busy += c.busyTicks * (c.index + 1);
            return sum * 31 + busy + order;
        }
    }

    static long simulate(int tasks) {
        Rng rng = new Rng(20261207L);
        Simulation sim = new Simulation(rng);
        long time = 0;
        for (int id = 0; id < tasks; id++) {
            time += rng.nextInt(12);
            int priority = rng.nextInt(8);
            Task t = switch (rng.nextInt(3)) {
                case 0 -> new ComputeTask(id, priority, 5 + rng.nextInt(60));
                case 1 -> new IoTask(id, priority, 5 + rng.nextInt(30), 1 + rng.nextInt(4));
                default -> new PeriodicTask(id, priority, 1 + rng.nextInt(6), 20 + rng.nextInt(80), 1 + rng.nextInt(5));
            };
            sim.submit(time, t);
        }
        return sim.runToEnd();
    }

    public static void main(String[] args) {
        int tasks = Harness.arg(args, 0, DEFAULT_TASKS, "number of tasks");
        int iterations = Harness.arg(args, 1, 5, "iteration count");
        Harness.run("Scheduler", iterations, i -> simulate(tasks));
    }
}
