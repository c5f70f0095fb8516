package id.sistemparkir.client.device.camera;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a photo instead of taking one: a grey vehicle with its plate, the gate and the local time, as a real JPEG.
 * Off-screen only (no window, no global AWT setting), so it runs on a headless machine.
 */
public final class SimulatedCamera implements Camera {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss", Locale.ROOT);
    private static final Color ROAD = new Color(58, 60, 64);
    private static final Color STRIPE = new Color(210, 190, 60);
    private static final Color BODY = new Color(150, 152, 158);
    private static final Color GLASS = new Color(70, 85, 100);
    private static final float QUALITY = 0.85f;

    private final ZoneId zone;

    public SimulatedCamera(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public byte[] capture(CaptureRequest request) throws DeviceException {
        Objects.requireNonNull(request, "request");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            drawRoad(g);
            drawVehicle(g);
            drawPlate(g, request.plateHint().isBlank() ? "?" : request.plateHint());
            drawCaption(g, request);
        } finally {
            g.dispose();
        }
        try {
            return Jpeg.encode(image, QUALITY);
        } catch (IOException e) {
            throw new DeviceException(DeviceKind.CAMERA, "Simulated camera cannot encode a JPEG: " + e.getMessage(), e);
        }
    }

    private static void drawRoad(Graphics2D g) {
        g.setColor(ROAD);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(STRIPE);
        g.setStroke(new BasicStroke(6));
        for (int y = 60; y < HEIGHT; y += 80) {
            g.drawLine(20, y, 20, y + 40);
            g.drawLine(WIDTH - 20, y, WIDTH - 20, y + 40);
        }
    }

    private static void drawVehicle(Graphics2D g) {
        g.setColor(BODY);
        g.fillRoundRect(140, 110, 360, 300, 60, 60);
        g.setColor(GLASS);
        g.fillRoundRect(175, 135, 290, 100, 30, 30);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(170, 270, 60, 40);
        g.fillOval(410, 270, 60, 40);
    }

    private static void drawPlate(Graphics2D g, String plate) {
        g.setColor(Color.WHITE);
        g.fillRect(220, 330, 200, 56);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawRect(220, 330, 200, 56);
        int size = 30;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        while (size > 10 && g.getFontMetrics().stringWidth(plate) > 190) {
            size -= 2;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        }
        g.drawString(plate, 320 - g.getFontMetrics().stringWidth(plate) / 2, 370);
    }

    private void drawCaption(Graphics2D g, CaptureRequest request) {
        g.setColor(new Color(0, 0, 0, 160));
        g.fillRect(0, 0, WIDTH, 40);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 18));
        g.drawString(request.gate() + "  " + TIME.format(request.at().atZone(zone)), 12, 27);
        FontMetrics metrics = g.getFontMetrics();
        String label = "SIMULASI";
        g.drawString(label, WIDTH - 12 - metrics.stringWidth(label), 27);
    }
}
