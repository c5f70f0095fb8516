/** Vehicle photos: kept on disk first, then sent in the background, never holding up a lane. */
package id.sistemparkir.client.photo;
