package jos.kernel.trap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.kernel.ipc.IpcState;
import jos.kernel.ipc.Notification;
import jos.kernel.ipc.Notifications;
import jos.kernel.ipc.Outcome;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.process.Objects;
import jos.kernel.sched.SchedState;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.SchedulerState;
import jos.kernel.sched.Thread;
import jos.kernel.sched.Timers;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tick's timers on the simulated machine (one CPU, run and timer queues from the heap): a sleeping
 * thread is woken at its deadline and not before; a notification's periodic timer signals its bits each
 * period and hands them to a waiter, until cancelled; destroying the notification cancels its timer.
 */
class TimerTickTest {
    SimulatedRam ram;
    long queue;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withHeap();
        assertTrue(Scheduler.init(1, Scheduler.DEFAULT_QUANTUM));
        queue = Timers.mine();
        assertTrue(queue != 0, "cpu 0 has a timer queue");
    }

    @AfterEach
    void tearDown() {
        SchedulerState.reset();
        ram.close();
    }

    static long thread() {
        long thread = Heap.allocate(Thread.SIZE);
        Memory.fill(thread, (byte) 0, Thread.SIZE);
        SchedState.init(thread, Scheduler.DEFAULT_PRIORITY, 0, 0);
        return thread;
    }

    static int state(long thread) {
        return Memory.read32(thread + Thread.SCHED + SchedState.STATE);
    }

    @Test
    void aSleepingThreadIsWokenAtItsDeadline() {
        long thread = thread();
        Memory.write32(thread + Thread.SCHED + SchedState.STATE, SchedState.BLOCKED);
        long sleep = thread + Thread.SCHED + SchedState.SLEEP;
        Timers.arm(queue, sleep, 100_000_000L, 0, thread, 0);
        TimerTick.expire(99_999_999L);
        assertEquals(SchedState.BLOCKED, state(thread), "not before the deadline");
        TimerTick.expire(100_000_000L);
        assertEquals(SchedState.READY, state(thread), "woken and queued at the deadline");
        assertFalse(Timers.armed(sleep), "a sleep fires once");
        assertEquals(1, Timers.fired(queue));
    }

    @Test
    void aPeriodicNotificationTimerSignalsEachPeriodUntilCancelled() {
        long notification = Objects.notification();
        long timer = notification + Notification.TIMER;
        Timers.arm(queue, timer, 20, 20, notification, 0b10);
        for (long now = 0; now < 200; now += 10) TimerTick.expire(now);   // a tick every 10: fires at 20, 40, .. 180
        assertEquals(9, Timers.fired(queue));
        assertEquals(0b10, Memory.read64(notification + Notification.WORD), "the bits, OR-ed");
        long waiter = thread();
        IpcState.init(waiter, 0, 1);
        long outcome = Heap.allocate(Outcome.SIZE);
        Memory.write64(notification + Notification.WORD, 0);
        Memory.write32(waiter + Thread.SCHED + SchedState.STATE, SchedState.BLOCKED);
        Notifications.wait(waiter, notification, outcome);
        assertTrue(Outcome.blocked(outcome));
        TimerTick.expire(200);
        assertEquals(SchedState.READY, state(waiter), "the signal woke the waiter");
        assertEquals(0b10, UserFrame.get(waiter + Thread.FRAME, UserFrame.RDI));
        assertEquals(MessageInfo.NOTIFICATION, UserFrame.get(waiter + Thread.FRAME, UserFrame.RSI));
        assertTrue(Timers.cancel(timer));
        TimerTick.expire(10_000);
        assertEquals(10, Timers.fired(queue), "nothing after the cancel");
    }

    @Test
    void destroyingANotificationCancelsItsTimer() {
        long notification = Objects.notification();
        Timers.arm(queue, notification + Notification.TIMER, 50, 20, notification, 1);
        assertEquals(1, Timers.count(queue));
        assertEquals(0, Objects.close(notification, 0));
        assertEquals(0, Timers.count(queue), "off the queue before the block is freed");
        Objects.free(notification);
        TimerTick.expire(1_000);
        assertEquals(0, Timers.fired(queue));
    }
}
