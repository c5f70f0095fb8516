/** Running the lane's background tasks so that one failure never stops the next run. */
package id.sistemparkir.client.schedule;
