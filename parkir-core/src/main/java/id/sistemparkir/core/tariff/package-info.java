/**
 * Tariffs and the fee engine (DESIGN §7): versioned tariffs with a rate per vehicle class, and a
 * pure calculator that turns a stay into a fee with a line-by-line breakdown. Amounts are whole rupiah.
 */
package id.sistemparkir.core.tariff;
