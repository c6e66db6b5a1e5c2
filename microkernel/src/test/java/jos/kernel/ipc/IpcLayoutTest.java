package jos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Layouts;
import jos.kernel.capability.KernelObject;
import jos.kernel.sched.Thread;
import org.junit.jupiter.api.Test;

/** IPC's structures are well formed, its thread fields fit its area, and its objects start after the capability header. */
class IpcLayoutTest {
    @Test
    void layouts() {
        Layouts.verify(IpcState.class);
        Layouts.verify(Endpoint.class);
        Layouts.verify(Notification.class);
        Layouts.verify(Reply.class);
        Layouts.verify(Outcome.class);
        assertTrue(IpcState.SIZE <= Thread.IPC_BYTES, "IpcState fits the thread block's IPC area");
    }

    @Test
    void objectsBeginWithTheCapabilityHeaderAndShareTheLockOffset() {
        assertEquals(KernelObject.SIZE, Endpoint.LOCK, "an endpoint's own fields start after the capability header");
        assertEquals(Endpoint.LOCK, Notification.LOCK, "cancel and signal find a waited-on object's lock without its kind");
        assertEquals(Endpoint.LOCK, Reply.LOCK);
        assertEquals(Endpoint.SEND_HEAD + 8, Endpoint.SEND_TAIL, "ThreadQueue keeps the tail after the head");
        assertEquals(Endpoint.RECEIVE_HEAD + 8, Endpoint.RECEIVE_TAIL);
        assertEquals(Notification.WAIT_HEAD + 8, Notification.WAIT_TAIL);
    }
}
