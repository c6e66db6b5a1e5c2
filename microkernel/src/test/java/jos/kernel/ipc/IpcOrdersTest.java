package jos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jos.abi.Errors;
import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.Test;

/**
 * Every order of up to six events between a client and a server (call, recv, reply, reply_recv, either
 * one's death, the endpoint's destruction), each thread acting only while it runs: after every event no
 * thread waits for what can no longer come (a reply from a dead server, a closed endpoint), every
 * completed call got the server's answer, and every woken thread was blocked.
 */
class IpcOrdersTest {
    static final String[] EVENTS = {"call", "recv", "reply", "reply_recv", "kill client", "kill server", "close"};
    static final int DEPTH = 6;

    @Test
    void noOrderLeavesAThreadWaitingForever() {
        int[] runs = {0};
        explore(new ArrayList<>(), runs);
        assertTrue(runs[0] > 1000, "explored " + runs[0] + " orders");
    }

    void explore(List<Integer> prefix, int[] runs) {
        if (prefix.size() == DEPTH) return;
        for (int e = 0; e < EVENTS.length; e++) {
            prefix.add(e);
            if (replay(prefix)) {
                runs[0]++;
                explore(prefix, runs);
            }
            prefix.remove(prefix.size() - 1);
        }
    }

    /** Runs the events; false if one is impossible (its thread is blocked or dead, or done once already). */
    boolean replay(List<Integer> events) {
        try (IpcWorld world = new IpcWorld(64 << 10)) {
            long client = world.thread();
            long server = world.thread();
            long endpoint = world.endpoint();
            boolean clientDead = false;
            boolean serverDead = false;
            boolean closed = false;
            long answer = 0;
            for (int i = 0; i < events.size(); i++) {
                String event = EVENTS[events.get(i)];
                String where = String.join(", ", events.stream().limit(i + 1).map(x -> EVENTS[x]).toList());
                boolean clientRuns = !clientDead && IpcState.state(client) == IpcState.IDLE;
                boolean serverRuns = !serverDead && IpcState.state(server) == IpcState.IDLE;
                switch (event) {
                    case "call" -> {
                        if (!clientRuns) return false;
                        IpcWorld.message(client, MessageInfo.registers(0, 1, 0), i);
                        Ipc.call(client, endpoint, 0, world.outcome);
                    }
                    case "recv" -> {
                        if (!serverRuns) return false;
                        Ipc.recv(server, endpoint, world.outcome);
                    }
                    case "reply", "reply_recv" -> {
                        if (!serverRuns) return false;
                        answer = 1000 + i;
                        IpcWorld.message(server, MessageInfo.registers(0, 1, 0), answer);
                        if (event.equals("reply")) Ipc.reply(server, world.outcome);
                        else Ipc.replyRecv(server, endpoint, world.outcome);
                    }
                    case "kill client" -> {
                        if (clientDead) return false;
                        clientDead = true;
                        Ipc.cancel(client, world.outcome);
                    }
                    case "kill server" -> {
                        if (serverDead) return false;
                        serverDead = true;
                        Ipc.cancel(server, world.outcome);
                    }
                    default -> {
                        if (closed) return false;
                        closed = true;
                        Outcome.clear(world.outcome);
                        for (long t; (t = Ipc.closeEndpoint(endpoint)) != 0; ) Outcome.wake(world.outcome, t);
                    }
                }
                for (long woken : world.woken()) {
                    assertEquals(IpcState.IDLE, IpcState.state(woken), where + ": a woken thread waits for nothing");
                    if (woken == client && IpcWorld.get(client, UserFrame.RAX) == 0 && IpcWorld.get(client, UserFrame.RSI) != MessageInfo.NOTIFICATION) {
                        assertEquals(answer, IpcWorld.words(client)[0], where + ": the client's call completed with the server's answer");
                    }
                }
                check(where, client, clientDead, server, serverDead, endpoint, closed);
            }
            return true;
        }
    }

    static void check(String where, long client, boolean clientDead, long server, boolean serverDead, long endpoint, boolean closed) {
        long[] threads = {client, server};
        boolean[] dead = {clientDead, serverDead};
        for (int t = 0; t < 2; t++) {
            int state = IpcState.state(threads[t]);
            if (dead[t]) {
                assertEquals(IpcState.IDLE, state, where + ": a dead thread is in no queue");
                continue;
            }
            if (state == IpcState.SENDING || state == IpcState.RECEIVING) {
                assertTrue(!closed, where + ": nobody waits on a closed endpoint");
                long head = endpoint + (state == IpcState.SENDING ? Endpoint.SEND_HEAD : Endpoint.RECEIVE_HEAD);
                assertEquals(threads[t], Memory.read64(head), where + ": a waiting thread is in its queue");
            }
            if (state == IpcState.AWAITING_REPLY) {
                long holder = threads[1 - t];
                assertTrue(!dead[1 - t] && IpcState.get(holder, IpcState.REPLY_TO) == threads[t]
                                && IpcState.get(holder, IpcState.REPLY_SEQUENCE) == IpcState.get(threads[t], IpcState.SEQUENCE),
                        where + ": a caller waits only for a live server holding its reply slot");
            }
        }
        assertTrue(IpcState.get(client, IpcState.LOCK) == 0 && IpcState.get(server, IpcState.LOCK) == 0
                && Memory.read64(endpoint + Endpoint.LOCK) == 0, where + ": every lock is free");
        long rax = IpcWorld.get(client, UserFrame.RAX);
        assertTrue(rax == 0 || rax == Errors.EPIPE, where + ": the client's only results are an answer or EPIPE");
    }
}
