/**
 * Vehicle plates: parsing Indonesian plates (DESIGN §7), the operator-confirmed path for
 * non-standard plates, and the normal form used for storage and prefix search.
 */
package id.sistemparkir.core.plate;
