package id.sistemparkir.client.device.barrier;

/** What a lane knows about its barrier arm. */
public enum BarrierState {
    /** Lowered (the last command was "close" and the controller is answering). */
    CLOSED,
    /** Raised (the last command was "open" and the controller is answering). */
    OPEN,
    /** The controller does not answer or cannot be reached: the operator must check the barrier. */
    FAULT,
    /** Nothing commanded yet since start-up. */
    UNKNOWN
}
