/**
 * Barrier arms: {@link id.sistemparkir.client.device.barrier.Barrier} ({@code open}, {@code lower}, {@code state};
 * {@code close} only releases the connection).
 *
 * <ul>
 *   <li>{@link id.sistemparkir.client.device.barrier.SimulatedBarrier} — logs and remembers; can be put in FAULT;
 *   <li>{@link id.sistemparkir.client.device.barrier.SerialRelayBarrier} — a relay or microcontroller on a serial
 *       line ({@link id.sistemparkir.client.device.barrier.SerialLink}), with a ping watchdog and auto-close;
 *       {@link id.sistemparkir.client.device.barrier.JSerialCommLink} is the real port (untested without hardware).
 * </ul>
 */
package id.sistemparkir.client.device.barrier;
