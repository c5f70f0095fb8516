/**
 * Lane devices (DESIGN §8), each behind an interface with a simulated implementation for tests and demos.
 *
 * <ul>
 *   <li>{@code device.camera} — {@code Camera}: simulated (a drawn JPEG), a JPEG file, an IP camera snapshot URL.
 *   <li>{@code device.printer} — {@code TicketPrinter}: in memory, PNG file, PDF file, ESC/POS over TCP (port 9100).
 *   <li>{@code device.barrier} — {@code Barrier}: simulated, a serial (RS-232) relay with a ping watchdog.
 *   <li>{@code device.setup} — {@code DeviceSettings} (parsed from a config file) and {@code DeviceFactory}.
 * </ul>
 *
 * Every failure is a checked {@link id.sistemparkir.client.device.DeviceException} with an operator-readable message;
 * callers catch it and carry on (a lane never stops because of a device). Nothing here touches JavaFX or opens a
 * window: images are drawn off-screen and work on a headless machine.
 */
package id.sistemparkir.client.device;
