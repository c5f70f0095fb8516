package id.sistemparkir.client.device.barrier;

import id.sistemparkir.client.device.DeviceException;
import java.time.Duration;

/**
 * A byte link to a barrier controller (RS-232, USB serial). One thread may read while another writes; writes are
 * not interleaved by the caller's choice ({@link SerialRelayBarrier} serialises them).
 */
public interface SerialLink extends AutoCloseable {

    /** Opens the port; does nothing when it is already open. */
    void open() throws DeviceException;

    /** Writes all of {@code bytes}. */
    void write(byte[] bytes) throws DeviceException;

    /**
     * Returns the bytes received so far, waiting up to {@code timeout} for the first one; an empty array when none
     * came. {@link Duration#ZERO} does not wait.
     */
    byte[] readAvailable(Duration timeout) throws DeviceException;

    boolean isOpen();

    /** Closes the port (never throws). */
    @Override
    void close();
}
