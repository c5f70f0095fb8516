/** JavaFX desktop apps on the client library. */
package id.sistemparkir.desktop;
