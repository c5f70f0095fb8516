/**
 * Cashier shifts: a lane login opens one ({@code POST /api/v1/shifts}), "Tutup Shift" closes it with the cash counted.
 * A shift's transactions are derived from the sessions its operator recorded at its station (never counted twice,
 * never replayed); the close freezes the figures into the shift row.
 */
package id.sistemparkir.server.shift;
