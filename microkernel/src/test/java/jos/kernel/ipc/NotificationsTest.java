package jos.kernel.ipc;

import static jos.kernel.ipc.IpcWorld.message;
import static jos.kernel.ipc.IpcWorld.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jos.abi.Errors;
import jos.abi.MessageInfo;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notifications: signal before and after wait, bits OR-ed, poll, the bound notification of a receiver, closing. */
class NotificationsTest {
    IpcWorld world;
    long thread;
    long notification;

    @BeforeEach
    void setUp() {
        world = new IpcWorld();
        thread = world.thread();
        notification = world.notification();
    }

    @AfterEach
    void tearDown() {
        IpcWorld.assertUnlocked(notification);
        IpcWorld.assertThreadsUnlocked(thread);
        world.close();
    }

    static long bits(long thread) {
        return IpcWorld.get(thread, UserFrame.RDI);
    }

    @Test
    void signalsBeforeAWaitAreOredAndTakenAtOnce() {
        Notifications.signal(notification, 0b0011, world.outcome);
        assertEquals(List.of(), world.woken());
        Notifications.signal(notification, 0b0110, world.outcome);
        Notifications.wait(thread, notification, world.outcome);
        assertFalse(world.blocked());
        assertEquals(0, world.result());
        assertEquals(0b0111, bits(thread));
        assertEquals(MessageInfo.NOTIFICATION, IpcWorld.get(thread, UserFrame.RSI));
        Notifications.poll(thread, notification, world.outcome);
        assertEquals(0, bits(thread), "the wait cleared the word");
    }

    @Test
    void aWaitBeforeTheSignalBlocksAndIsWoken() {
        Notifications.wait(thread, notification, world.outcome);
        assertTrue(world.blocked());
        assertEquals(IpcState.WAITING, IpcState.state(thread));
        Notifications.signal(notification, 0x80, world.outcome);
        assertEquals(List.of(thread), world.woken());
        assertEquals(0, IpcWorld.get(thread, UserFrame.RAX));
        assertEquals(0x80, bits(thread));
        assertEquals(IpcState.IDLE, IpcState.state(thread));
        Notifications.poll(thread, notification, world.outcome);
        assertEquals(0, bits(thread), "the bits went to the waiter, not left pending");
    }

    @Test
    void waitersAreWokenInOrderOnePerSignal() {
        long second = world.thread();
        Notifications.wait(thread, notification, world.outcome);
        Notifications.wait(second, notification, world.outcome);
        Notifications.signal(notification, 1, world.outcome);
        assertEquals(List.of(thread), world.woken());
        Notifications.signal(notification, 2, world.outcome);
        assertEquals(List.of(second), world.woken());
        assertEquals(2, bits(second));
    }

    @Test
    void pollTakesAndClearsWithoutBlocking() {
        Notifications.poll(thread, notification, world.outcome);
        assertFalse(world.blocked());
        assertEquals(0, world.result());
        assertEquals(0, bits(thread));
        Notifications.signal(notification, 5, world.outcome);
        Notifications.poll(thread, notification, world.outcome);
        assertEquals(5, bits(thread));
        Notifications.poll(thread, notification, world.outcome);
        assertEquals(0, bits(thread));
    }

    @Test
    void aReceiveReturnsPendingBitsOfTheBoundNotification() {
        long endpoint = world.endpoint();
        assertEquals(0, Notifications.bind(notification, thread));
        Notifications.signal(notification, 9, world.outcome);
        long sender = world.thread();
        message(sender, MessageInfo.registers(0, 1, 0), 1);
        Ipc.send(sender, endpoint, 0, world.outcome);
        Ipc.recv(thread, endpoint, world.outcome);
        assertFalse(world.blocked());
        assertEquals(MessageInfo.NOTIFICATION, IpcWorld.get(thread, UserFrame.RSI), "the bits come first");
        assertEquals(9, bits(thread));
        Ipc.recv(thread, endpoint, world.outcome);
        assertEquals(1, words(thread)[0], "then the message");
        IpcWorld.assertUnlocked(endpoint);
    }

    @Test
    void aSignalWakesTheBoundThreadOutOfItsReceive() {
        long endpoint = world.endpoint();
        Notifications.bind(notification, thread);
        Ipc.recv(thread, endpoint, world.outcome);
        assertTrue(world.blocked());
        Notifications.signal(notification, 0x40, world.outcome);
        assertEquals(List.of(thread), world.woken());
        assertEquals(0, IpcWorld.get(thread, UserFrame.RAX));
        assertEquals(0x40, bits(thread));
        assertEquals(MessageInfo.NOTIFICATION, IpcWorld.get(thread, UserFrame.RSI));
        assertEquals(IpcState.IDLE, IpcState.state(thread));
        long sender = world.thread();
        message(sender, MessageInfo.registers(0, 0, 0));
        Ipc.trySend(sender, endpoint, 0, world.outcome);
        assertEquals(Errors.EAGAIN, world.result(), "the thread left the endpoint's queue");
        IpcWorld.assertUnlocked(endpoint);
    }

    @Test
    void bindingIsOneToOne() {
        assertEquals(0, Notifications.bind(notification, thread));
        assertEquals(Errors.EBUSY, Notifications.bind(notification, world.thread()));
        assertEquals(Errors.EBUSY, Notifications.bind(world.notification(), thread));
        Notifications.unbind(thread);
        assertEquals(0, IpcState.get(thread, IpcState.BOUND));
        assertEquals(0, Notifications.bind(notification, world.thread()));
    }

    @Test
    void aDeadThreadIsUnboundAndLeavesTheWaitQueue() {
        long other = world.thread();
        Notifications.bind(notification, other);
        Ipc.cancel(other, world.outcome);
        assertEquals(0, IpcState.get(other, IpcState.BOUND));
        assertEquals(0, Notifications.bind(notification, thread), "the notification is free to bind again");
        Notifications.wait(other, notification, world.outcome);
        Ipc.cancel(other, world.outcome);
        Notifications.signal(notification, 1, world.outcome);
        assertEquals(List.of(), world.woken(), "nobody waits any more");
    }

    @Test
    void closingWakesTheWaitersWithEpipeAndUnbinds() {
        long second = world.thread();
        long bound = world.thread();
        Notifications.bind(notification, bound);
        Notifications.wait(thread, notification, world.outcome);
        Notifications.wait(second, notification, world.outcome);
        assertEquals(thread, Notifications.close(notification));
        assertEquals(second, Notifications.close(notification));
        assertEquals(0, Notifications.close(notification));
        assertEquals(Errors.EPIPE, IpcWorld.get(thread, UserFrame.RAX));
        assertEquals(Errors.EPIPE, IpcWorld.get(second, UserFrame.RAX));
        assertEquals(0, IpcState.get(bound, IpcState.BOUND));
        Notifications.signal(notification, 1, world.outcome);
        assertEquals(Errors.EPIPE, world.result());
        Notifications.wait(thread, notification, world.outcome);
        assertEquals(Errors.EPIPE, world.result());
        assertFalse(world.blocked());
    }
}
