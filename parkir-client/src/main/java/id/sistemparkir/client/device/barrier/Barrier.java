package id.sistemparkir.client.device.barrier;

import id.sistemparkir.client.device.DeviceException;

/**
 * A lane's barrier arm. Implementations are thread-safe.
 *
 * <p>{@link #lower} puts the arm down; {@link #close} (from {@link AutoCloseable}) only releases the connection to
 * the controller and leaves the arm where it is.
 */
public interface Barrier extends AutoCloseable {

    /**
     * Raises the arm.
     *
     * @param reason why, for the log, e.g. {@code "entry B 1234 XYZ"} or {@code "manual"}
     * @throws DeviceException when the command could not be sent; the operator lifts the barrier by hand
     */
    void open(String reason) throws DeviceException;

    /**
     * Lowers the arm.
     *
     * @param reason why, for the log, e.g. {@code "vehicle passed"} or {@code "manual"}
     * @throws DeviceException when the command could not be sent
     */
    void lower(String reason) throws DeviceException;

    /** What is known about the arm now; never blocks. */
    BarrierState state();

    /** Releases the connection to the controller (never throws; does not move the arm). */
    @Override
    void close();
}
