"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .address import Address
from .captured_email import CapturedEmail
from .captured_email_list import CapturedEmailList
from .customer import Customer
from .customer_list import CustomerList
from .error import Error
from .event import Event
from .event_data import EventData
from .event_list import EventList
from .event_type import EventType
from .invoice import Invoice
from .invoice_item import InvoiceItem
from .invoice_item_list import InvoiceItemList
from .invoice_list import InvoiceList
from .resource_subscription import ResourceSubscription
from .resource_subscription_create import ResourceSubscriptionCreate
from .resource_subscription_list import ResourceSubscriptionList
from .space import Space
from .space_list import SpaceList
from .subscription import Subscription
from .subscription_item import SubscriptionItem
from .subscription_item_list import SubscriptionItemList
from .subscription_list import SubscriptionList
from .webhook import Webhook
from .webhook_list import WebhookList

__all__ = (
    "Account",
    "Address",
    "CapturedEmail",
    "CapturedEmailList",
    "Customer",
    "CustomerList",
    "Error",
    "Event",
    "EventData",
    "EventList",
    "EventType",
    "Invoice",
    "InvoiceItem",
    "InvoiceItemList",
    "InvoiceList",
    "ResourceSubscription",
    "ResourceSubscriptionCreate",
    "ResourceSubscriptionList",
    "Space",
    "SpaceList",
    "Subscription",
    "SubscriptionItem",
    "SubscriptionItemList",
    "SubscriptionList",
    "Webhook",
    "WebhookList",
)
