/**
 * What erasing a person does to their orders and complaints: `keep-amounts` empties the customer
 * reference and every cell that could say who they were, keeping dates, amounts, order ids,
 * products, quantities, statuses and complaint stages, so revenue and complaint figures stay
 * whole; `delete-rows` deletes the rows.
 */
export const ORDER_ERASURE_MODES = ['keep-amounts', 'delete-rows'] as const;
export type OrderErasureMode = (typeof ORDER_ERASURE_MODES)[number];
