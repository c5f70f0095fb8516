package id.sistemparkir.client.device;

/** Which kind of lane device failed; lets a window show a localised prefix ("Printer bermasalah: …"). */
public enum DeviceKind {
    CAMERA,
    PRINTER,
    BARRIER
}
