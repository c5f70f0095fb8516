/**
 * One rule per kind of text field (plate, gate, station, app, payment method, username, names, ticket codes), applied
 * at every entrance: REST bodies and query parameters, WebSocket frames, offline files. {@link Excerpt} bounds what an
 * error message may quote back of hostile input.
 */
package id.sistemparkir.core.text;
