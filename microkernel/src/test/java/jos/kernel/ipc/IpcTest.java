package jos.kernel.ipc;

import static jos.kernel.ipc.IpcWorld.message;
import static jos.kernel.ipc.IpcWorld.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jos.abi.Errors;
import jos.abi.IpcBuffer;
import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.kernel.memory.SpinLock;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Endpoints, calls and replies: every order of send/call, recv, reply and death, on simulated thread blocks. */
class IpcTest {
    IpcWorld world;
    long client;
    long server;
    long endpoint;

    @BeforeEach
    void setUp() {
        world = new IpcWorld();
        client = world.thread();
        server = world.thread();
        endpoint = world.endpoint();
    }

    @AfterEach
    void tearDown() {
        IpcWorld.assertUnlocked(endpoint);
        IpcWorld.assertThreadsUnlocked(client, server);
        world.close();
    }

    long rax(long thread) {
        return IpcWorld.get(thread, UserFrame.RAX);
    }

    @Test
    void sendBeforeRecvQueuesTheSenderAndDeliversWithTheBadge() {
        message(client, MessageInfo.registers(7, 3, 0), 11, 22, 33, 44);
        Ipc.send(client, endpoint, 0xbadL, world.outcome);
        assertTrue(world.blocked());
        assertEquals(IpcState.SENDING, IpcState.state(client));

        Ipc.recv(server, endpoint, world.outcome);
        assertFalse(world.blocked());
        assertEquals(0, world.result());
        assertEquals(List.of(client), world.woken(), "the plain sender goes on");
        assertEquals(0, rax(client));
        assertEquals(IpcState.IDLE, IpcState.state(client));
        assertArrayEquals(new long[] {11, 22, 33, 0}, words(server), "three words move, the fourth is not part of the message");
        assertEquals(MessageInfo.registers(7, 3, 0), IpcWorld.get(server, UserFrame.RSI));
        assertEquals(0xbadL, IpcWorld.get(server, UserFrame.RDI));
        assertEquals(0, IpcState.get(server, IpcState.REPLY_TO), "a send leaves no reply slot");
    }

    @Test
    void recvBeforeSendBlocksTheReceiverAndTheSenderGoesOn() {
        Ipc.recv(server, endpoint, world.outcome);
        assertTrue(world.blocked());
        assertEquals(IpcState.RECEIVING, IpcState.state(server));
        message(client, MessageInfo.registers(1, 4, 0), 5, 6, 7, 8);
        Ipc.send(client, endpoint, 3, world.outcome);
        assertFalse(world.blocked());
        assertEquals(0, world.result());
        assertEquals(List.of(server), world.woken());
        assertEquals(0, rax(server));
        assertArrayEquals(new long[] {5, 6, 7, 8}, words(server));
        assertEquals(3, IpcWorld.get(server, UserFrame.RDI));
    }

    @Test
    void callBeforeRecvThenReply() {
        message(client, MessageInfo.registers(9, 1, 0), 100);
        Ipc.call(client, endpoint, 1, world.outcome);
        assertTrue(world.blocked());
        Ipc.recv(server, endpoint, world.outcome);
        assertFalse(world.blocked());
        assertEquals(List.of(), world.woken(), "a caller stays blocked, now for the reply");
        assertEquals(IpcState.AWAITING_REPLY, IpcState.state(client));
        assertEquals(client, IpcState.get(server, IpcState.REPLY_TO));
        assertEquals(100, words(server)[0]);

        message(server, MessageInfo.registers(10, 2, 0), 200, 300);
        Ipc.reply(server, world.outcome);
        assertEquals(0, world.result());
        assertEquals(List.of(client), world.woken());
        assertEquals(0, rax(client));
        assertEquals(IpcState.IDLE, IpcState.state(client));
        assertArrayEquals(new long[] {200, 300, 0, 0}, words(client));
        assertEquals(MessageInfo.registers(10, 2, 0), IpcWorld.get(client, UserFrame.RSI));
        assertEquals(0, IpcWorld.get(client, UserFrame.RDI), "a reply has no badge");
        assertEquals(0, IpcState.get(server, IpcState.REPLY_TO), "the reply slot is one-shot");
        Ipc.reply(server, world.outcome);
        assertEquals(Errors.EINVAL, world.result(), "a second reply has no caller");
    }

    @Test
    void recvBeforeCallSwitchesToTheServer() {
        Ipc.recv(server, endpoint, world.outcome);
        message(client, MessageInfo.registers(9, 0, 0));
        Ipc.call(client, endpoint, 1, world.outcome);
        assertTrue(world.blocked());
        assertEquals(server, world.switchTo(), "the caller blocks and the server runs in its place");
        assertEquals(0, Outcome.woken(world.outcome, 0));
        assertEquals(IpcState.AWAITING_REPLY, IpcState.state(client));
        message(server, MessageInfo.registers(0, 0, 0));
        Ipc.reply(server, world.outcome);
        assertEquals(List.of(client), world.woken());
    }

    @Test
    void queuesAreFirstInFirstOut() {
        long[] senders = {world.thread(), world.thread(), world.thread()};
        for (int i = 0; i < 3; i++) {
            message(senders[i], MessageInfo.registers(i, 1, 0), 1000 + i);
            Ipc.send(senders[i], endpoint, i, world.outcome);
        }
        for (int i = 0; i < 3; i++) {
            Ipc.recv(server, endpoint, world.outcome);
            assertEquals(1000 + i, words(server)[0]);
            assertEquals(List.of(senders[i]), world.woken());
        }
        long[] receivers = {world.thread(), world.thread(), world.thread()};
        for (long r : receivers) Ipc.recv(r, endpoint, world.outcome);
        for (int i = 0; i < 3; i++) {
            message(client, MessageInfo.registers(0, 1, 0), 2000 + i);
            Ipc.send(client, endpoint, 0, world.outcome);
            assertEquals(List.of(receivers[i]), world.woken());
            assertEquals(2000 + i, words(receivers[i])[0]);
        }
    }

    @Test
    void nonBlockingVariantsFailWithEagainAndQueueNothing() {
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.trySend(client, endpoint, 0, world.outcome);
        assertEquals(Errors.EAGAIN, world.result());
        assertFalse(world.blocked());
        Ipc.tryRecv(server, endpoint, world.outcome);
        assertEquals(Errors.EAGAIN, world.result());
        assertEquals(0, Memory.read64(endpoint + Endpoint.SEND_HEAD));
        assertEquals(0, Memory.read64(endpoint + Endpoint.RECEIVE_HEAD));
        assertEquals(IpcState.IDLE, IpcState.state(client));

        Ipc.recv(server, endpoint, world.outcome);
        message(client, MessageInfo.registers(0, 1, 0), 42);
        Ipc.trySend(client, endpoint, 0, world.outcome);
        assertEquals(0, world.result());
        assertEquals(42, words(server)[0]);
        Ipc.send(client, endpoint, 0, world.outcome);
        Ipc.tryRecv(server, endpoint, world.outcome);
        assertEquals(0, world.result());
        assertEquals(List.of(client), world.woken());
    }

    @Test
    void serverDyingWithTheReplySlotFailsTheCaller() {
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        Ipc.cancel(server, world.outcome);
        assertEquals(List.of(client), world.woken());
        assertEquals(Errors.EPIPE, rax(client));
        assertEquals(IpcState.IDLE, IpcState.state(client));
    }

    @Test
    void callerDyingMakesTheReplyFailWithEpipe() {
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        Ipc.cancel(client, world.outcome);
        assertEquals(List.of(), world.woken());
        message(server, MessageInfo.registers(0, 1, 0), 5);
        Ipc.reply(server, world.outcome);
        assertEquals(Errors.EPIPE, world.result());
        assertEquals(List.of(), world.woken());
    }

    @Test
    void callerDyingWhileQueuedLeavesTheQueue() {
        long other = world.thread();
        message(client, MessageInfo.registers(0, 1, 0), 1);
        Ipc.call(client, endpoint, 0, world.outcome);
        message(other, MessageInfo.registers(0, 1, 0), 2);
        Ipc.call(other, endpoint, 0, world.outcome);
        Ipc.cancel(client, world.outcome);
        assertEquals(IpcState.IDLE, IpcState.state(client));
        Ipc.recv(server, endpoint, world.outcome);
        assertEquals(2, words(server)[0], "the dead caller is gone from the queue");
        assertEquals(other, IpcState.get(server, IpcState.REPLY_TO));
        Ipc.tryRecv(server, endpoint, world.outcome);
        assertEquals(Errors.EAGAIN, world.result());
    }

    @Test
    void receiverDyingWhileQueuedLeavesTheQueue() {
        Ipc.recv(server, endpoint, world.outcome);
        Ipc.cancel(server, world.outcome);
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.trySend(client, endpoint, 0, world.outcome);
        assertEquals(Errors.EAGAIN, world.result(), "nobody receives any more");
    }

    @Test
    void serverDyingBeforeReceivingLeavesTheCallerQueued() {
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.cancel(server, world.outcome);
        assertEquals(List.of(), world.woken());
        assertEquals(IpcState.SENDING, IpcState.state(client), "another server may still take the call");
    }

    @Test
    void closingTheEndpointWakesEveryQueuedThreadWithEpipe() {
        long[] senders = {world.thread(), world.thread()};
        message(senders[0], MessageInfo.registers(0, 0, 0));
        message(senders[1], MessageInfo.registers(0, 0, 0));
        Ipc.call(senders[0], endpoint, 0, world.outcome);
        Ipc.send(senders[1], endpoint, 0, world.outcome);
        assertEquals(senders[0], Ipc.closeEndpoint(endpoint));
        assertEquals(senders[1], Ipc.closeEndpoint(endpoint));
        assertEquals(0, Ipc.closeEndpoint(endpoint));
        for (long s : senders) {
            assertEquals(Errors.EPIPE, rax(s));
            assertEquals(IpcState.IDLE, IpcState.state(s));
        }
        Ipc.recv(server, endpoint, world.outcome);
        assertEquals(Errors.EPIPE, world.result(), "a closed endpoint takes nobody");
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        assertEquals(Errors.EPIPE, world.result());
        assertFalse(world.blocked());
    }

    @Test
    void closingTheEndpointWakesQueuedReceivers() {
        long other = world.thread();
        Ipc.recv(server, endpoint, world.outcome);
        Ipc.recv(other, endpoint, world.outcome);
        assertEquals(server, Ipc.closeEndpoint(endpoint));
        assertEquals(other, Ipc.closeEndpoint(endpoint));
        assertEquals(0, Ipc.closeEndpoint(endpoint));
        assertEquals(Errors.EPIPE, rax(server));
        assertEquals(Errors.EPIPE, rax(other));
    }

    @Test
    void aReplyToAReusedThreadBlockFails() {
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        // The client dies without IPC hearing of it and its block becomes a new thread that calls elsewhere.
        IpcState.init(client, IpcState.get(client, IpcState.BUFFER), 2);
        long elsewhere = world.endpoint();
        long otherServer = world.thread();
        Ipc.recv(otherServer, elsewhere, world.outcome);
        Ipc.call(client, elsewhere, 0, world.outcome);
        assertEquals(IpcState.AWAITING_REPLY, IpcState.state(client));
        message(server, MessageInfo.registers(0, 1, 0), 99);
        Ipc.reply(server, world.outcome);
        assertEquals(Errors.EPIPE, world.result(), "the old slot names another incarnation");
        assertEquals(IpcState.AWAITING_REPLY, IpcState.state(client), "the new call is untouched");
        message(otherServer, MessageInfo.registers(0, 0, 0));
        Ipc.reply(otherServer, world.outcome);
        assertEquals(0, world.result());
    }

    @Test
    void aCancelledCallIsNotAnsweredByTheOldSlotAfterTheNextCall() {
        long second = world.endpoint();
        long secondServer = world.thread();
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        Ipc.cancel(client, world.outcome);
        Ipc.recv(secondServer, second, world.outcome);
        Ipc.call(client, second, 0, world.outcome);
        message(server, MessageInfo.registers(0, 1, 0), 1);
        Ipc.reply(server, world.outcome);
        assertEquals(Errors.EPIPE, world.result());
        message(secondServer, MessageInfo.registers(0, 1, 0), 2);
        Ipc.reply(secondServer, world.outcome);
        assertEquals(0, world.result());
        assertEquals(2, words(client)[0]);
    }

    @Test
    void aNewCallOverAnUnansweredSlotFailsTheFirstCaller() {
        long second = world.thread();
        message(client, MessageInfo.registers(0, 0, 0));
        message(second, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.call(second, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        assertEquals(List.of(client), world.woken(), "the first caller can never be answered now");
        assertEquals(Errors.EPIPE, rax(client));
        assertEquals(second, IpcState.get(server, IpcState.REPLY_TO));
    }

    @Test
    void replyRecvAnswersThenReceivesTheNext() {
        long second = world.thread();
        message(client, MessageInfo.registers(0, 1, 0), 1);
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        message(second, MessageInfo.registers(0, 1, 0), 2);
        Ipc.call(second, endpoint, 5, world.outcome);

        message(server, MessageInfo.registers(0, 1, 0), 10);
        Ipc.replyRecv(server, endpoint, world.outcome);
        assertFalse(world.blocked());
        assertEquals(List.of(client), world.woken());
        assertEquals(10, words(client)[0]);
        assertEquals(2, words(server)[0]);
        assertEquals(5, IpcWorld.get(server, UserFrame.RDI));
        assertEquals(second, IpcState.get(server, IpcState.REPLY_TO));

        message(server, MessageInfo.registers(0, 1, 0), 20);
        Ipc.replyRecv(server, endpoint, world.outcome);
        assertTrue(world.blocked());
        assertEquals(second, world.switchTo(), "the server blocks: run the caller it answered directly");
        assertEquals(20, words(second)[0]);
    }

    @Test
    void replyRecvToADeadCallerGoesOnAndSaysSo() {
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        Ipc.cancel(client, world.outcome);
        message(server, MessageInfo.registers(0, 0, 0));
        Ipc.replyRecv(server, endpoint, world.outcome);
        assertTrue(world.blocked());
        assertEquals(0, world.switchTo());
        long next = world.thread();
        message(next, MessageInfo.registers(3, 0, 0));
        Ipc.send(next, endpoint, 0, world.outcome);
        long info = IpcWorld.get(server, UserFrame.RSI);
        assertEquals(3, MessageInfo.label(info));
        assertTrue((info & MessageInfo.REPLY_FAILED) != 0, "the server learns its last reply was dropped");
        message(next, MessageInfo.registers(4, 0, 0));
        Ipc.send(next, endpoint, 0, world.outcome);
        assertTrue(world.blocked(), "the server is not receiving: the send queues");
        Ipc.recv(server, endpoint, world.outcome);
        assertEquals(0, IpcWorld.get(server, UserFrame.RSI) & MessageInfo.REPLY_FAILED, "said once");
    }

    @Test
    void deferredReplyThroughAReplyObject() {
        long reply = world.reply();
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        assertEquals(0, Ipc.saveReply(server, reply));
        assertEquals(0, IpcState.get(server, IpcState.REPLY_TO));
        long second = world.thread();
        message(second, MessageInfo.registers(0, 0, 0));
        Ipc.call(second, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        assertEquals(List.of(), world.woken(), "the saved caller is not abandoned by the next call");
        assertEquals(Errors.EBUSY, Ipc.saveReply(server, reply));
        assertEquals(second, IpcState.get(server, IpcState.REPLY_TO), "a refused save keeps the slot");

        message(server, MessageInfo.registers(0, 1, 0), 77);
        Ipc.replyThrough(server, reply, world.outcome);
        assertEquals(0, world.result());
        assertEquals(List.of(client), world.woken());
        assertEquals(77, words(client)[0]);
        Ipc.replyThrough(server, reply, world.outcome);
        assertEquals(Errors.EINVAL, world.result(), "the reply object is one-shot too");
        IpcWorld.assertUnlocked(reply);
    }

    @Test
    void closingAFilledReplyObjectFailsItsCaller() {
        long reply = world.reply();
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.recv(server, endpoint, world.outcome);
        Ipc.saveReply(server, reply);
        Ipc.closeReply(reply, world.outcome);
        assertEquals(List.of(client), world.woken());
        assertEquals(Errors.EPIPE, rax(client));
        assertEquals(Errors.EINVAL, Ipc.saveReply(server, world.reply()), "nothing to save");
    }

    @Test
    void bufferMessagesCopyTheirBytes() {
        long sum = 0;
        long source = IpcState.get(client, IpcState.BUFFER);
        java.util.Random random = new java.util.Random(4096);
        for (int i = 0; i < IpcBuffer.DATA_BYTES; i++) {
            byte b = (byte) random.nextInt();
            Memory.write8(source + i, b);
            sum = sum * 31 + b;
        }
        long target = IpcState.get(server, IpcState.BUFFER);
        Memory.write8(target + 4096 - 1, (byte) 0);
        Ipc.recv(server, endpoint, world.outcome);
        message(client, MessageInfo.buffer(8, IpcBuffer.DATA_BYTES, 0));
        Ipc.send(client, endpoint, 12, world.outcome);
        assertEquals(0, world.result());
        long got = 0;
        for (int i = 0; i < IpcBuffer.DATA_BYTES; i++) got = got * 31 + Memory.read8(target + i);
        assertEquals(sum, got, "checksum of the 4096 bytes");
        assertEquals(12, Memory.read64(target + IpcBuffer.BADGE));
        assertEquals(MessageInfo.buffer(8, 4096, 0), IpcWorld.get(server, UserFrame.RSI));

        Memory.fill(target, (byte) 0, IpcBuffer.DATA_BYTES);
        Ipc.recv(server, endpoint, world.outcome);
        message(client, MessageInfo.buffer(8, 256, 0));
        Ipc.send(client, endpoint, 0, world.outcome);
        for (int i = 0; i < IpcBuffer.DATA_BYTES; i++) {
            assertEquals(i < 256 ? Memory.read8(source + i) : 0, Memory.read8(target + i), "byte " + i + " of a 256-byte message");
        }
    }

    @Test
    void malformedMessagesAreRefusedWithEinval() {
        Ipc.recv(server, endpoint, world.outcome);
        long[] bad = {
                MessageInfo.registers(0, 4, 0) + (1L << MessageInfo.LENGTH_SHIFT),        // 5 register words
                MessageInfo.buffer(0, 4096, 0) + (1L << MessageInfo.LENGTH_SHIFT),        // 4097 bytes
                MessageInfo.NOTIFICATION,                                                // kernel-only flag
                1L << 60};                                                               // unknown bit
        for (long info : bad) {
            message(client, info);
            Ipc.send(client, endpoint, 0, world.outcome);
            assertEquals(Errors.EINVAL, world.result(), "info 0x" + Long.toHexString(info));
            assertFalse(world.blocked());
        }
        assertEquals(IpcState.RECEIVING, IpcState.state(server), "the receiver still waits");
        long bufferless = world.allocate(jos.kernel.sched.Thread.SIZE, 4096);
        IpcState.init(bufferless, 0, 1);
        message(bufferless, MessageInfo.buffer(0, 1, 0));
        Ipc.send(bufferless, endpoint, 0, world.outcome);
        assertEquals(Errors.EINVAL, world.result(), "a buffer message needs an IPC buffer");
    }

    @Test
    void capabilitiesAreCountedForTheSyscallLayer() {
        Ipc.recv(server, endpoint, world.outcome);
        message(client, MessageInfo.registers(0, 0, 2));
        Ipc.send(client, endpoint, 0, world.outcome);
        assertEquals(2, Outcome.caps(world.outcome));
        assertEquals(client, Memory.read64(world.outcome + Outcome.CAPS_FROM));
        assertEquals(server, Memory.read64(world.outcome + Outcome.CAPS_TO));
        assertEquals(2, MessageInfo.caps(IpcWorld.get(server, UserFrame.RSI)));
    }

    /** The bytes of the threads' and the endpoint's blocks, to show a refused fast path changed nothing. */
    byte[] snapshot(long... blocks) {
        byte[] out = new byte[blocks.length * 4096];
        for (int b = 0; b < blocks.length; b++) {
            for (int i = 0; i < 4096; i++) out[b * 4096 + i] = Memory.read8(blocks[b] + i);
        }
        return out;
    }

    /** Runs FastPath.call as the syscall layer does (the endpoint's lock taken first); its answer. */
    long fastCall(long thread, long badge, long info) {
        assertTrue(SpinLock.tryAcquire(endpoint + Endpoint.LOCK));
        return FastPath.call(thread, endpoint, badge, info);
    }

    long fastReplyRecv(long thread, long info) {
        assertTrue(SpinLock.tryAcquire(endpoint + Endpoint.LOCK));
        return FastPath.replyRecv(thread, endpoint, info);
    }

    @Test
    void theFastCallRefusesWithNothingChangedUnlessAReceiverWaits() {
        long plain = MessageInfo.registers(3, 2, 0);
        message(client, plain, 1, 2, 0, 0);
        byte[] before = snapshot(client, server, endpoint & -4096);
        assertEquals(0, fastCall(client, 7, plain), "no receiver waits");
        assertArrayEquals(before, snapshot(client, server, endpoint & -4096), "nothing changed");

        Ipc.recv(server, endpoint, world.outcome);
        IpcState.set(server, IpcState.REPLY_TO, world.thread());
        before = snapshot(client, server, endpoint & -4096);
        assertEquals(0, fastCall(client, 7, plain), "the receiver's slot holds a caller the general path fails");
        assertArrayEquals(before, snapshot(client, server, endpoint & -4096));
        IpcState.set(server, IpcState.REPLY_TO, 0);

        Memory.write64(endpoint + Endpoint.CLOSED, 1);
        assertEquals(0, fastCall(client, 7, plain), "a closed endpoint");
        Memory.write64(endpoint + Endpoint.CLOSED, 0);

        assertEquals(server, fastCall(client, 7, plain), "the waiting receiver");
        assertEquals(IpcState.AWAITING_REPLY, IpcState.state(client));
        assertEquals(IpcState.IDLE, IpcState.state(server));
        assertEquals(client, IpcState.get(server, IpcState.REPLY_TO));
        assertArrayEquals(new long[] {1, 2, 0, 0}, words(server));
        assertEquals(7, IpcWorld.get(server, UserFrame.RDI), "the badge");
        assertEquals(0, rax(server));
        Ipc.cancel(client, world.outcome);
        Ipc.cancel(server, world.outcome);
    }

    @Test
    void theFastReplyRecvRefusesWithNothingChangedUnlessItWouldAnswerAndBlock() {
        long plain = MessageInfo.registers(0, 1, 0);
        message(server, plain, 9, 0, 0, 0);
        assertEquals(0, fastReplyRecv(server, plain), "nobody to answer");
        Ipc.recv(server, endpoint, world.outcome);
        message(client, MessageInfo.registers(0, 2, 0), 1, 2, 0, 0);
        Ipc.call(client, endpoint, 0, world.outcome);
        message(server, plain, 9, 0, 0, 0);

        long queued = world.thread();
        message(queued, MessageInfo.registers(0, 0, 0));
        Ipc.send(queued, endpoint, 0, world.outcome);
        byte[] before = snapshot(client, server, queued, endpoint & -4096);
        assertEquals(0, fastReplyRecv(server, plain), "a queued sender: the receive would not block");
        assertArrayEquals(before, snapshot(client, server, queued, endpoint & -4096), "nothing changed");
        Ipc.cancel(queued, world.outcome);

        long notification = world.notification();
        Notifications.bind(notification, server);
        Notifications.signal(notification, 4, world.outcome);
        assertEquals(0, fastReplyRecv(server, plain), "bits pending on the bound notification");
        IpcWorld.assertUnlocked(notification);
        Notifications.poll(server, notification, world.outcome);

        assertEquals(client, fastReplyRecv(server, plain), "the caller answered, the server receiving");
        IpcWorld.assertUnlocked(notification);
        assertEquals(IpcState.IDLE, IpcState.state(client));
        assertEquals(9, words(client)[0]);
        assertEquals(0, rax(client));
        assertEquals(IpcState.RECEIVING, IpcState.state(server));
        assertEquals(server, Memory.read64(endpoint + Endpoint.RECEIVE_HEAD));
        assertEquals(0, IpcState.get(server, IpcState.REPLY_TO));
        Ipc.cancel(server, world.outcome);
    }

    @Test
    void simpleIsAValidRegisterMessageWithoutCapabilities() {
        java.util.Random random = new java.util.Random(20261208L);
        for (int i = 0; i < 200_000; i++) {
            long info = switch (i % 4) {
                case 0 -> random.nextLong();
                case 1 -> MessageInfo.registers(random.nextInt(), random.nextInt(8), random.nextInt(4));
                case 2 -> MessageInfo.buffer(random.nextInt(), random.nextInt(5000), random.nextInt(4));
                default -> MessageInfo.registers(random.nextInt(), random.nextInt(6), 0) | 1L << (32 + random.nextInt(32));
            };
            boolean expected = MessageInfo.valid(info) && !MessageInfo.inBuffer(info) && MessageInfo.caps(info) == 0;
            assertEquals(expected, FastPath.simple(info), "info 0x" + Long.toHexString(info));
        }
    }

    @Test
    void aLockHeldElsewhereSendsTheFastPathToTheGeneralOneWithNothingChanged() {
        long plain = MessageInfo.registers(3, 2, 0);
        Ipc.recv(server, endpoint, world.outcome);
        message(client, plain, 1, 2, 0, 0);
        for (long held : new long[] {server, client}) {
            IpcState.set(held, IpcState.LOCK, 1);
            byte[] before = snapshot(client, server, endpoint & -4096);
            assertEquals(0, fastCall(client, 7, plain), "thread 0x" + Long.toHexString(held) + "'s lock is held");
            assertArrayEquals(before, snapshot(client, server, endpoint & -4096), "nothing changed");
            IpcState.set(held, IpcState.LOCK, 0);
        }
        assertEquals(server, fastCall(client, 7, plain));
        message(server, plain, 5, 6, 0, 0);
        for (long held : new long[] {client, server}) {
            IpcState.set(held, IpcState.LOCK, 1);
            byte[] before = snapshot(client, server, endpoint & -4096);
            assertEquals(0, fastReplyRecv(server, plain), "thread 0x" + Long.toHexString(held) + "'s lock is held");
            assertArrayEquals(before, snapshot(client, server, endpoint & -4096), "nothing changed");
            IpcState.set(held, IpcState.LOCK, 0);
        }
        assertEquals(client, fastReplyRecv(server, plain));
        Ipc.cancel(server, world.outcome);
    }

    @Test
    void theFastReplyRecvLeavesACallerThatGaveUpToTheGeneralPath() {
        Ipc.recv(server, endpoint, world.outcome);
        message(client, MessageInfo.registers(0, 0, 0));
        Ipc.call(client, endpoint, 0, world.outcome);
        Ipc.cancel(client, world.outcome);
        long plain = MessageInfo.registers(0, 0, 0);
        message(server, plain);
        byte[] before = snapshot(client, server, endpoint & -4096);
        assertEquals(0, fastReplyRecv(server, plain));
        assertArrayEquals(before, snapshot(client, server, endpoint & -4096));
    }

    @Test
    void theHandOffNamesTheBlockedCallersPartnerForRegisterMessagesOnly() {
        long plain = MessageInfo.registers(0, 2, 0);
        Ipc.recv(server, endpoint, world.outcome);
        assertEquals(0, FastPath.handOff(plain, world.outcome), "a receive that blocks has nobody to switch to");
        message(client, plain, 1, 2, 0, 0);
        Ipc.call(client, endpoint, 0, world.outcome);
        assertEquals(server, FastPath.handOff(plain, world.outcome), "the waiting receiver runs at once");
        assertEquals(0, FastPath.handOff(MessageInfo.buffer(0, 2, 0), world.outcome), "buffer messages take the general path");
        assertEquals(0, FastPath.handOff(MessageInfo.registers(0, 2, 1), world.outcome), "so do capabilities");
        assertEquals(0, FastPath.handOff(-1, world.outcome), "and anything that is no MessageInfo");

        message(server, MessageInfo.registers(0, 1, 0), 9, 0, 0, 0);
        Ipc.replyRecv(server, endpoint, world.outcome);
        assertTrue(world.blocked());
        assertEquals(client, FastPath.handOff(MessageInfo.registers(0, 1, 0), world.outcome), "the answered caller runs at once");

        long sender = world.thread();
        message(sender, plain);
        Ipc.send(sender, endpoint, 0, world.outcome);
        assertFalse(world.blocked());
        assertEquals(0, FastPath.handOff(plain, world.outcome), "a send does not block the sender: no switch");

        message(client, plain);
        Ipc.call(client, endpoint, 0, world.outcome);
        assertTrue(world.blocked(), "no receiver waits now: the caller queues");
        assertEquals(0, FastPath.handOff(plain, world.outcome));
        Ipc.cancel(client, world.outcome);
    }
}
