package id.sistemparkir.core.vehicle;

/** The default vehicle classes (DESIGN §7). The enum names are part of the JSON contract. */
public enum VehicleType {
    /** Motorbike. */
    MOTOR("Motor", "Motorbike"),
    /** Car. */
    MOBIL("Mobil", "Car"),
    /** Truck or bus. */
    TRUK("Truk/Bus", "Truck/bus");

    private final String labelId;
    private final String labelEn;

    VehicleType(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * Parses a class name case-insensitively, trimming spaces.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static VehicleType parse(String text) {
        if (text != null) {
            String wanted = text.trim();
            for (VehicleType type : values()) {
                if (type.name().equalsIgnoreCase(wanted)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("unknown vehicle type '" + text + "'; expected one of MOTOR, MOBIL, TRUK");
    }
}
