"""Shared helpers of the payments functions: money formatting and idempotency keys."""


def cents(amount):
    return int(round(float(amount) * 100))


def idempotency_key(order_id, attempt):
    return f"{order_id}:{attempt}"
