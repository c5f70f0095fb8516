package id.sistemparkir.client.offline;

/**
 * Which photo of a record (DESIGN §6): the entry photo lives in {@code Images/Masuk}, the exit photo in
 * {@code Images/Keluar}; the server calls them {@code IN} and {@code OUT}.
 */
public enum PhotoKind {
    MASUK("Masuk", "IN"),
    KELUAR("Keluar", "OUT");

    private final String folder;
    private final String apiKind;

    PhotoKind(String folder, String apiKind) {
        this.folder = folder;
        this.apiKind = apiKind;
    }

    /** The folder under {@code Images/}: {@code Masuk} or {@code Keluar}. */
    public String folder() {
        return folder;
    }

    /** The {@code kind} query parameter of {@code PUT /api/v1/photos/{recordId}}: {@code IN} or {@code OUT}. */
    public String apiKind() {
        return apiKind;
    }

    /** The photo of a record of this {@code kind}: an entry's is {@link #MASUK}, an exit's {@link #KELUAR}. */
    public static PhotoKind forRecordKind(String kind) {
        return switch (kind) {
            case "entry" -> MASUK;
            case "exit" -> KELUAR;
            default -> throw new IllegalArgumentException("record kind must be 'entry' or 'exit', was " + kind);
        };
    }
}
