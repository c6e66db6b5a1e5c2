package jos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import jos.abi.MessageInfo;
import jos.hw.sim.Machine;
import jos.kernel.sched.Thread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The two paths that take locks against the order (cancel: thread then object; signal: notification and
 * thread, then endpoint) back off instead of deadlocking: another CPU (a Java thread working on the same
 * simulated memory) holds the endpoint's lock and, in the lock order, waits for the thread's lock; it
 * only gets it if the operation lets go.
 */
class IpcLockOrderTest {
    IpcWorld world;
    Machine machine;

    @BeforeEach
    void setUp() {
        world = new IpcWorld();
        machine = world.machine;
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    /** CPU 1: holds the lock at held, then takes the lock at wanted (spinning), then releases both; done if it got wanted. */
    java.lang.Thread otherCpu(long held, long wanted, AtomicBoolean holding, AtomicBoolean done) {
        compareAndSet(held, 0, 1);
        holding.set(true);
        java.lang.Thread cpu = new java.lang.Thread(() -> {
            // Gives up after a while (releasing what it holds) so a deadlock fails the test instead of hanging it.
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            boolean got = false;
            while (!got && System.nanoTime() < deadline) {
                got = compareAndSet(wanted, 0, 1);
                java.lang.Thread.onSpinWait();
            }
            if (got) compareAndSet(wanted, 1, 0);
            compareAndSet(held, 1, 0);
            done.set(got);
        });
        cpu.setDaemon(true);
        return cpu;
    }

    boolean compareAndSet(long address, long expected, long update) {
        synchronized (machine) {
            if (machine.memory().read64(address) != expected) return false;
            machine.memory().write64(address, update);
            return true;
        }
    }

    @Test
    @Timeout(20)
    void cancelLetsGoOfTheThreadWhileTheEndpointIsHeld() throws Exception {
        long endpoint = world.endpoint();
        long thread = world.thread();
        Ipc.recv(thread, endpoint, world.outcome);
        AtomicBoolean holding = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        java.lang.Thread cpu = otherCpu(endpoint + Endpoint.LOCK, thread + Thread.IPC + IpcState.LOCK, holding, done);
        cpu.start();
        Ipc.cancel(thread, world.outcome);
        cpu.join(Duration.ofSeconds(10));
        assertTrue(done.get(), "the other CPU got the thread's lock while cancel waited for the endpoint");
        assertEquals(IpcState.IDLE, IpcState.state(thread));
        assertEquals(0, jos.hw.Memory.read64(endpoint + Endpoint.RECEIVE_HEAD), "off the queue");
        IpcWorld.assertUnlocked(endpoint);
        IpcWorld.assertThreadsUnlocked(thread);
    }

    @Test
    @Timeout(20)
    void signalLetsGoWhileTheBoundThreadsEndpointIsHeld() throws Exception {
        long endpoint = world.endpoint();
        long notification = world.notification();
        long thread = world.thread();
        Notifications.bind(notification, thread);
        Ipc.recv(thread, endpoint, world.outcome);
        AtomicBoolean holding = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        java.lang.Thread cpu = otherCpu(endpoint + Endpoint.LOCK, thread + Thread.IPC + IpcState.LOCK, holding, done);
        cpu.start();
        Notifications.signal(notification, 4, world.outcome);
        cpu.join(Duration.ofSeconds(10));
        assertTrue(done.get());
        assertEquals(List.of(thread), world.woken());
        assertEquals(4, IpcWorld.get(thread, jos.kernel.x86.user.UserFrame.RDI));
        assertEquals(MessageInfo.NOTIFICATION, IpcWorld.get(thread, jos.kernel.x86.user.UserFrame.RSI));
        IpcWorld.assertUnlocked(endpoint, notification);
        IpcWorld.assertThreadsUnlocked(thread);
    }
}
