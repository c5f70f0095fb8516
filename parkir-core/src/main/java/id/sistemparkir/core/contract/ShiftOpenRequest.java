package id.sistemparkir.core.contract;

import java.time.Instant;

/**
 * {@code POST /api/v1/shifts}: opens the caller's shift at the station of its login, or answers the one already open.
 *
 * @param openedAt when the operator started work at the lane (its device time; a lane that started offline opens its
 *     shift when the server returns, from the time it started); {@code null} = now
 */
public record ShiftOpenRequest(Instant openedAt) {}
