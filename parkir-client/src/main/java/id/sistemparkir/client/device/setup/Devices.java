package id.sistemparkir.client.device.setup;

import id.sistemparkir.client.device.barrier.Barrier;
import id.sistemparkir.client.device.camera.Camera;
import id.sistemparkir.client.device.printer.TicketPrinter;
import java.util.Objects;

/** The devices of one lane. {@link #close()} releases the barrier's connection (the arm stays where it is). */
public record Devices(Camera camera, TicketPrinter printer, Barrier barrier) implements AutoCloseable {

    public Devices {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(barrier, "barrier");
    }

    @Override
    public void close() {
        barrier.close();
    }
}
