/** Money in whole rupiah (long) and its display. */
package id.sistemparkir.core.money;
