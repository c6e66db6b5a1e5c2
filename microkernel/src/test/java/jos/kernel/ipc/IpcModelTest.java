package jos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jos.abi.Errors;
import jos.abi.MessageInfo;
import jos.kernel.memory.SpinLock;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.Test;

/**
 * Random runs of IPC operations (seeded; the seed and step are in every failure) checked step by step
 * against a plain Java model of the semantics: results, blocking, who was woken and switched to, every
 * thread's wait state and every register of every frame. Threads die and their blocks come back as new
 * incarnations; endpoints close and are replaced.
 */
class IpcModelTest {
    static final int THREADS = 5;
    static final int ENDPOINTS = 2;
    static final int SEEDS = 150;
    static final int STEPS = 400;

    @Test
    void randomRunsAgreeWithTheModel() {
        long base = Long.getLong("ipc.model.seed", 20261207L);
        int[] fast = new int[2];
        for (int s = 0; s < SEEDS; s++) {
            try (IpcWorld world = new IpcWorld()) {
                Run run = new Run(world, base + s);
                run.run();
                fast[0] += run.fastCalls;
                fast[1] += run.fastReplyRecvs;
            }
        }
        assertTrue(fast[0] > 100 && fast[1] > 100, "the fast path served calls and reply_recvs: " + fast[0] + ", " + fast[1]);
    }

    /** The model of one thread: its wait, its reply slot, its call number, and its frame's registers. */
    static final class M {
        int state;
        int on = -1;                  // endpoint index, or -1 for the notification
        boolean calling;
        long info;
        long badge;
        int replyTo = -1;
        long replySequence;
        long sequence;
        long note;
        boolean bound;
        final long[] frame = new long[6];  // rax, rsi, rdi, words 0-3 start at WORD
        final long[] words = new long[4];
    }

    static final class Run {
        final IpcWorld world;
        final long seed;
        final Random random;
        final long[] threads = new long[THREADS];
        final long[] endpoints = new long[ENDPOINTS];
        final long notification;
        /** How often the fast path served a call and a reply_recv. */
        int fastCalls, fastReplyRecvs;
        final M[] model = new M[THREADS];
        final List<ArrayDeque<Integer>> sendQueues = new ArrayList<>();
        final List<ArrayDeque<Integer>> receiveQueues = new ArrayList<>();
        final ArrayDeque<Integer> waiters = new ArrayDeque<>();
        long word;
        int incarnation = 1;
        // What the model says the step did.
        long result;
        boolean blocked;
        final Set<Integer> woken = new HashSet<>();
        int switchTo = -1;
        int step;
        String what;

        Run(IpcWorld world, long seed) {
            this.world = world;
            this.seed = seed;
            this.random = new Random(seed);
            for (int i = 0; i < THREADS; i++) {
                threads[i] = world.thread(incarnation);
                model[i] = fresh(incarnation);
            }
            for (int e = 0; e < ENDPOINTS; e++) {
                endpoints[e] = world.endpoint();
                sendQueues.add(new ArrayDeque<>());
                receiveQueues.add(new ArrayDeque<>());
            }
            notification = world.notification();
            assertEquals(0, Notifications.bind(notification, threads[0]));
            model[0].bound = true;
        }

        static M fresh(int incarnation) {
            M m = new M();
            m.sequence = (long) incarnation << 32;
            return m;
        }

        void run() {
            for (step = 0; step < STEPS; step++) {
                result = 0;
                blocked = false;
                woken.clear();
                switchTo = -1;
                act();
                check();
            }
        }

        String where() {
            return "seed " + seed + " step " + step + " (" + what + ")";
        }

        List<Integer> running() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) if (model[i].state == IpcState.IDLE) out.add(i);
            return out;
        }

        void act() {
            List<Integer> running = running();
            int choice = random.nextInt(running.isEmpty() ? 3 : 14);
            if (choice == 0) {
                kill(random.nextInt(THREADS));
                return;
            }
            if (choice == 1) {
                long bits = 1L << random.nextInt(8);
                what = "signal " + bits;
                Notifications.signal(notification, bits, world.outcome);
                signal(bits);
                return;
            }
            if (choice == 2) {
                if (random.nextInt(8) == 0) closeEndpoint(random.nextInt(ENDPOINTS));
                else kill(random.nextInt(THREADS));
                return;
            }
            int t = running.get(random.nextInt(running.size()));
            int e = random.nextInt(ENDPOINTS);
            long badge = random.nextInt(4);
            long thread = threads[t];
            long info = randomMessage(t);
            switch (choice) {
                case 3, 4 -> {
                    what = "T" + t + " send E" + e;
                    Ipc.send(thread, endpoints[e], badge, world.outcome);
                    send(t, e, badge, info, true, false);
                }
                case 5 -> {
                    what = "T" + t + " try_send E" + e;
                    Ipc.trySend(thread, endpoints[e], badge, world.outcome);
                    send(t, e, badge, info, false, false);
                }
                case 6, 7 -> {
                    what = "T" + t + " call E" + e;
                    // Half the simple calls try the fast path first, which must do just what Ipc.call does or nothing.
                    long partner = FastPath.simple(info) && random.nextBoolean() ? fast(true, thread, endpoints[e], badge, info) : 0;
                    if (partner == 0) Ipc.call(thread, endpoints[e], badge, world.outcome);
                    send(t, e, badge, info, true, true);
                }
                case 8, 9 -> {
                    what = "T" + t + " recv E" + e;
                    Ipc.recv(thread, endpoints[e], world.outcome);
                    receive(t, e, true);
                }
                case 10 -> {
                    what = "T" + t + " try_recv E" + e;
                    Ipc.tryRecv(thread, endpoints[e], world.outcome);
                    receive(t, e, false);
                }
                case 11 -> {
                    what = "T" + t + " reply";
                    Ipc.reply(thread, world.outcome);
                    reply(t, info);
                }
                case 12 -> {
                    what = "T" + t + " reply_recv E" + e;
                    long partner = FastPath.simple(info) && random.nextBoolean() ? fast(false, thread, endpoints[e], 0, info) : 0;
                    if (partner == 0) Ipc.replyRecv(thread, endpoints[e], world.outcome);
                    replyRecv(t, e, info);
                }
                default -> {
                    boolean poll = random.nextBoolean();
                    what = "T" + t + (poll ? " poll" : " wait");
                    if (poll) Notifications.poll(thread, notification, world.outcome);
                    else Notifications.wait(thread, notification, world.outcome);
                    take(t, !poll);
                }
            }
        }

        /** The fast path's call or reply_recv as the syscall layer runs it; the partner (the outcome recorded as the general path's), or 0. */
        long fast(boolean call, long thread, long endpoint, long badge, long info) {
            assertTrue(SpinLock.tryAcquire(endpoint + Endpoint.LOCK));
            long partner = call ? FastPath.call(thread, endpoint, badge, info) : FastPath.replyRecv(thread, endpoint, info);
            IpcWorld.assertUnlocked(endpoint, notification);
            if (partner != 0) FastPath.handedOff(world.outcome, partner);
            if (partner != 0 && call) fastCalls++;
            if (partner != 0 && !call) fastReplyRecvs++;
            return partner;
        }

        /** Writes a random message (now and then a malformed one) into thread t's frame and the model's. */
        long randomMessage(int t) {
            long info = random.nextInt(20) == 0
                    ? MessageInfo.registers(1, 4, 0) + (1L << MessageInfo.LENGTH_SHIFT)
                    : MessageInfo.registers(random.nextInt(1000), random.nextInt(5), 0);
            IpcWorld.set(threads[t], UserFrame.RSI, info);
            model[t].frame[1] = info;
            for (int i = 0; i < 4; i++) {
                long w = random.nextLong();
                IpcWorld.set(threads[t], Transfer.wordRegister(i), w);
                model[t].words[i] = w;
            }
            return info;
        }

        void kill(int t) {
            what = "kill T" + t;
            Ipc.cancel(threads[t], world.outcome);
            M m = model[t];
            if (m.state == IpcState.SENDING) sendQueues.get(m.on).remove(t);
            if (m.state == IpcState.RECEIVING) receiveQueues.get(m.on).remove(t);
            if (m.state == IpcState.WAITING) waiters.remove(t);
            if (m.state == IpcState.AWAITING_REPLY) m.sequence++;
            m.state = IpcState.IDLE;
            if (m.replyTo >= 0) fail(m.replyTo, m.replySequence);
            m.replyTo = -1;
            m.bound = false;
            check();
            // The block comes back as a new thread, thread 0 bound to the notification again.
            incarnation++;
            IpcState.init(threads[t], IpcState.get(threads[t], IpcState.BUFFER), incarnation);
            M next = fresh(incarnation);
            System.arraycopy(m.frame, 0, next.frame, 0, m.frame.length);
            System.arraycopy(m.words, 0, next.words, 0, 4);
            model[t] = next;
            if (t == 0) {
                assertEquals(0, Notifications.bind(notification, threads[0]), where());
                next.bound = true;
            }
            result = 0;
            blocked = false;
            woken.clear();
            Outcome.clear(world.outcome);
        }

        void closeEndpoint(int e) {
            what = "close E" + e;
            List<Integer> expected = new ArrayList<>(sendQueues.get(e));
            expected.addAll(receiveQueues.get(e));
            for (int t : expected) {
                assertEquals(threads[t], Ipc.closeEndpoint(endpoints[e]), where() + ": the queued threads in order, senders first");
                model[t].state = IpcState.IDLE;
                model[t].frame[0] = Errors.EPIPE;
                model[t].note = 0;
            }
            assertEquals(0, Ipc.closeEndpoint(endpoints[e]), where());
            sendQueues.get(e).clear();
            receiveQueues.get(e).clear();
            Outcome.clear(world.outcome);
            check();
            long closed = endpoints[e];
            Ipc.tryRecv(threads[0], closed, world.outcome);
            assertEquals(Errors.EPIPE, world.result(), where() + ": a closed endpoint");
            Outcome.clear(world.outcome);
            endpoints[e] = world.endpoint();
        }

        void send(int t, int e, long badge, long info, boolean blocking, boolean calling) {
            M m = model[t];
            if (!MessageInfo.valid(info)) {
                result = Errors.EINVAL;
                return;
            }
            Integer r = receiveQueues.get(e).poll();
            if (r == null) {
                if (!blocking) {
                    result = Errors.EAGAIN;
                    return;
                }
                m.state = IpcState.SENDING;
                m.on = e;
                m.calling = calling;
                m.info = info;
                m.badge = badge;
                sendQueues.get(e).add(t);
                blocked = true;
                return;
            }
            M receiver = model[r];
            deliver(m.words, info, badge, receiver);
            receiver.frame[0] = 0;
            receiver.state = IpcState.IDLE;
            if (calling) {
                int abandoned = receiver.replyTo;
                long abandonedSequence = receiver.replySequence;
                m.sequence++;
                receiver.replyTo = t;
                receiver.replySequence = m.sequence;
                m.state = IpcState.AWAITING_REPLY;
                blocked = true;
                switchTo = r;
                if (abandoned >= 0) fail(abandoned, abandonedSequence);
            } else {
                woken.add(r);
            }
        }

        void receive(int t, int e, boolean blocking) {
            M m = model[t];
            if (m.bound && word != 0) {
                bits(m, word);
                word = 0;
                return;
            }
            Integer s = sendQueues.get(e).poll();
            if (s == null) {
                if (blocking) {
                    m.state = IpcState.RECEIVING;
                    m.on = e;
                    receiveQueues.get(e).add(t);
                    blocked = true;
                } else {
                    result = Errors.EAGAIN;
                }
                return;
            }
            M sender = model[s];
            deliver(sender.words, sender.info, sender.badge, m);
            if (sender.calling) {
                sender.sequence++;
                sender.state = IpcState.AWAITING_REPLY;
                int abandoned = m.replyTo;
                long abandonedSequence = m.replySequence;
                m.replyTo = s;
                m.replySequence = sender.sequence;
                if (abandoned >= 0) fail(abandoned, abandonedSequence);
            } else {
                sender.state = IpcState.IDLE;
                sender.frame[0] = 0;
                woken.add(s);
            }
        }

        void reply(int t, long info) {
            M m = model[t];
            if (!MessageInfo.valid(info)) {
                result = Errors.EINVAL;
                return;
            }
            int caller = m.replyTo;
            m.replyTo = -1;
            if (caller < 0) {
                result = Errors.EINVAL;
                return;
            }
            if (answer(t, caller, m.replySequence, info)) woken.add(caller);
            else result = Errors.EPIPE;
        }

        void replyRecv(int t, int e, long info) {
            M m = model[t];
            int answered = -1;
            if (m.replyTo >= 0) {
                if (!MessageInfo.valid(info)) {
                    result = Errors.EINVAL;
                    return;
                }
                int caller = m.replyTo;
                m.replyTo = -1;
                if (answer(t, caller, m.replySequence, info)) answered = caller;
                else m.note = MessageInfo.REPLY_FAILED;
            }
            receive(t, e, true);
            if (answered < 0) return;
            if (blocked) switchTo = answered;
            else woken.add(answered);
        }

        boolean answer(int t, int caller, long sequence, long info) {
            M c = model[caller];
            if (c.state != IpcState.AWAITING_REPLY || c.sequence != sequence) return false;
            deliver(model[t].words, info, 0, c);
            c.frame[0] = 0;
            c.state = IpcState.IDLE;
            return true;
        }

        void fail(int caller, long sequence) {
            M c = model[caller];
            if (c.state != IpcState.AWAITING_REPLY || c.sequence != sequence) return;
            c.state = IpcState.IDLE;
            c.frame[0] = Errors.EPIPE;
            c.note = 0;
            woken.add(caller);
        }

        void deliver(long[] words, long info, long badge, M to) {
            for (int i = 0; i < MessageInfo.length(info); i++) to.words[i] = words[i];
            to.frame[1] = info | to.note;
            to.note = 0;
            to.frame[2] = badge;
        }

        void bits(M to, long bits) {
            to.frame[1] = MessageInfo.NOTIFICATION | to.note;
            to.note = 0;
            to.frame[2] = bits;
        }

        void signal(long bits) {
            word |= bits;
            Integer w = waiters.poll();
            if (w != null) {
                model[w].state = IpcState.IDLE;
                model[w].frame[0] = 0;
                bits(model[w], word);
                word = 0;
                woken.add(w);
                return;
            }
            for (int t = 0; t < THREADS; t++) {
                M m = model[t];
                if (m.bound && m.state == IpcState.RECEIVING) {
                    receiveQueues.get(m.on).remove(t);
                    m.state = IpcState.IDLE;
                    m.frame[0] = 0;
                    bits(m, word);
                    word = 0;
                    woken.add(t);
                    return;
                }
            }
        }

        void take(int t, boolean blocking) {
            M m = model[t];
            if (word != 0 || !blocking) {
                bits(m, word);
                word = 0;
                return;
            }
            m.state = IpcState.WAITING;
            waiters.add(t);
            blocked = true;
        }

        void check() {
            String where = where();
            assertEquals(blocked, world.blocked(), where + ": blocked");
            if (!blocked) assertEquals(result, world.result(), where + ": result");
            Set<Integer> actual = new HashSet<>();
            for (int i = 0; i < Outcome.MAX_WOKEN; i++) {
                long w = Outcome.woken(world.outcome, i);
                if (w != 0) actual.add(index(w));
            }
            assertEquals(woken, actual, where + ": woken");
            assertEquals(switchTo, world.switchTo() == 0 ? -1 : index(world.switchTo()), where + ": switch to");
            for (int t = 0; t < THREADS; t++) {
                M m = model[t];
                long thread = threads[t];
                String who = where + ": T" + t;
                assertEquals(m.state, IpcState.state(thread), who + " state");
                assertEquals(m.replyTo < 0 ? 0 : threads[m.replyTo], IpcState.get(thread, IpcState.REPLY_TO), who + " reply slot");
                assertEquals(m.frame[0], IpcWorld.get(thread, UserFrame.RAX), who + " rax");
                assertEquals(m.frame[1], IpcWorld.get(thread, UserFrame.RSI), who + " rsi");
                assertEquals(m.frame[2], IpcWorld.get(thread, UserFrame.RDI), who + " rdi");
                for (int i = 0; i < 4; i++) assertEquals(m.words[i], IpcWorld.get(thread, Transfer.wordRegister(i)), who + " word " + i);
                assertEquals(0, IpcState.get(thread, IpcState.LOCK), who + " lock");
            }
            for (long e : endpoints) IpcWorld.assertUnlocked(e);
            IpcWorld.assertUnlocked(notification);
        }

        int index(long thread) {
            for (int t = 0; t < THREADS; t++) if (threads[t] == thread) return t;
            throw new AssertionError(where() + ": 0x" + Long.toHexString(thread) + " is no thread");
        }
    }
}
