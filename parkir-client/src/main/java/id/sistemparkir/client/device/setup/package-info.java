/**
 * Choosing a lane's devices from its configuration: {@link id.sistemparkir.client.device.setup.DeviceSettings}
 * (parsed from {@code camera=…}, {@code printer=…}, {@code barrier=…} keys, with clear errors) and
 * {@link id.sistemparkir.client.device.setup.DeviceFactory}, which builds them.
 */
package id.sistemparkir.client.device.setup;
