package id.sistemparkir.client.device.setup;

/** A device setting in a configuration file that cannot be used; the message names the key and what is accepted. */
public final class InvalidDeviceSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidDeviceSettingException(String message) {
        super(message);
    }
}
