from enum import StrEnum


class EventType(StrEnum):
    CAPTURED_EMAIL_CREATED = "captured_email.created"
    CUSTOMER_CREATED = "customer.created"
    INVOICE_CREATED = "invoice.created"
    INVOICE_PAID = "invoice.paid"
    SUBSCRIPTION_CREATED = "subscription.created"

    def __str__(self) -> str:
        return str(self.value)
