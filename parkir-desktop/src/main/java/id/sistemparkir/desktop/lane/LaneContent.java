package id.sistemparkir.desktop.lane;

import javafx.scene.Node;

/**
 * A lane window's own part: its content, what to focus when the window shows, the keyboard hints for the status bar.
 */
public record LaneContent(Node root, Runnable focus, String keyHints) {}
