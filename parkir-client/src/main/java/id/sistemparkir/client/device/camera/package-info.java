/**
 * Lane cameras: {@link id.sistemparkir.client.device.camera.Camera} returns one JPEG per capture.
 *
 * <ul>
 *   <li>{@link id.sistemparkir.client.device.camera.SimulatedCamera} — draws a vehicle, its plate, the gate and the
 *       time (tests, demos);
 *   <li>{@link id.sistemparkir.client.device.camera.FileCamera} — one JPEG file;
 *   <li>{@link id.sistemparkir.client.device.camera.IpSnapshotCamera} — an IP camera's snapshot URL over HTTP.
 * </ul>
 *
 * Every photo is checked to start with the JPEG marker and to be at most 5 MiB (the Server's photo limit).
 */
package id.sistemparkir.client.device.camera;
