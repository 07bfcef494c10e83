"""Contains all the data models used in inputs/outputs"""

from .auth_error import AuthError
from .auth_error_type import AuthErrorType
from .bootscript import Bootscript
from .bootscript_architecture import BootscriptArchitecture
from .conflict_error import ConflictError
from .conflict_error_type import ConflictErrorType
from .error import Error
from .error_fields import ErrorFields
from .image import Image
from .image_arch import ImageArch
from .image_create import ImageCreate
from .image_create_arch import ImageCreateArch
from .image_extra_volumes import ImageExtraVolumes
from .image_list import ImageList
from .image_response import ImageResponse
from .image_root_volume import ImageRootVolume
from .image_update import ImageUpdate
from .image_update_arch import ImageUpdateArch
from .invalid_request_error import InvalidRequestError
from .invalid_request_error_type import InvalidRequestErrorType
from .ip import Ip
from .ip_create import IpCreate
from .ip_list import IpList
from .ip_patch import IpPatch
from .ip_response import IpResponse
from .ip_update import IpUpdate
from .not_found_error import NotFoundError
from .not_found_error_type import NotFoundErrorType
from .organization import Organization
from .organization_list import OrganizationList
from .organization_quotas import OrganizationQuotas
from .organization_quotas_quotas import OrganizationQuotasQuotas
from .permission_error import PermissionError_
from .permission_error_type import PermissionErrorType
from .public_ip import PublicIp
from .ref import Ref
from .rule import Rule
from .rule_action import RuleAction
from .rule_create import RuleCreate
from .rule_create_action import RuleCreateAction
from .rule_create_direction import RuleCreateDirection
from .rule_create_protocol import RuleCreateProtocol
from .rule_direction import RuleDirection
from .rule_list import RuleList
from .rule_protocol import RuleProtocol
from .rule_response import RuleResponse
from .rule_update import RuleUpdate
from .rule_update_action import RuleUpdateAction
from .rule_update_direction import RuleUpdateDirection
from .rule_update_protocol import RuleUpdateProtocol
from .security_group import SecurityGroup
from .security_group_create import SecurityGroupCreate
from .security_group_list import SecurityGroupList
from .security_group_response import SecurityGroupResponse
from .security_group_update import SecurityGroupUpdate
from .server import Server
from .server_action import ServerAction
from .server_action_action import ServerActionAction
from .server_action_list import ServerActionList
from .server_arch import ServerArch
from .server_availability import ServerAvailability
from .server_availability_servers import ServerAvailabilityServers
from .server_availability_servers_additional_property import (
    ServerAvailabilityServersAdditionalProperty,
)
from .server_availability_servers_additional_property_availability import (
    ServerAvailabilityServersAdditionalPropertyAvailability,
)
from .server_boot_type import ServerBootType
from .server_create import ServerCreate
from .server_create_boot_type import ServerCreateBootType
from .server_create_volumes import ServerCreateVolumes
from .server_error import ServerError
from .server_error_type import ServerErrorType
from .server_ipv_6_type_0 import ServerIpv6Type0
from .server_list import ServerList
from .server_location import ServerLocation
from .server_product import ServerProduct
from .server_product_arch import ServerProductArch
from .server_product_network import ServerProductNetwork
from .server_product_network_interfaces_item import ServerProductNetworkInterfacesItem
from .server_product_volumes_constraint import ServerProductVolumesConstraint
from .server_products import ServerProducts
from .server_products_servers import ServerProductsServers
from .server_response import ServerResponse
from .server_update import ServerUpdate
from .server_update_boot_type import ServerUpdateBootType
from .server_volumes import ServerVolumes
from .snapshot import Snapshot
from .snapshot_create import SnapshotCreate
from .snapshot_list import SnapshotList
from .snapshot_response import SnapshotResponse
from .snapshot_update import SnapshotUpdate
from .ssh_key import SshKey
from .task import Task
from .task_list import TaskList
from .task_response import TaskResponse
from .token import Token
from .token_create import TokenCreate
from .token_list import TokenList
from .token_permissions import TokenPermissions
from .token_permissions_permissions import TokenPermissionsPermissions
from .token_permissions_permissions_additional_property import (
    TokenPermissionsPermissionsAdditionalProperty,
)
from .token_response import TokenResponse
from .token_roles import TokenRoles
from .user import User
from .user_data_keys import UserDataKeys
from .user_response import UserResponse
from .user_role import UserRole
from .user_update import UserUpdate
from .volume import Volume
from .volume_create import VolumeCreate
from .volume_create_volume_type import VolumeCreateVolumeType
from .volume_list import VolumeList
from .volume_resize import VolumeResize
from .volume_response import VolumeResponse
from .volume_template import VolumeTemplate
from .volume_template_volume_type import VolumeTemplateVolumeType
from .volume_update import VolumeUpdate

__all__ = (
    "AuthError",
    "AuthErrorType",
    "Bootscript",
    "BootscriptArchitecture",
    "ConflictError",
    "ConflictErrorType",
    "Error",
    "ErrorFields",
    "Image",
    "ImageArch",
    "ImageCreate",
    "ImageCreateArch",
    "ImageExtraVolumes",
    "ImageList",
    "ImageResponse",
    "ImageRootVolume",
    "ImageUpdate",
    "ImageUpdateArch",
    "InvalidRequestError",
    "InvalidRequestErrorType",
    "Ip",
    "IpCreate",
    "IpList",
    "IpPatch",
    "IpResponse",
    "IpUpdate",
    "NotFoundError",
    "NotFoundErrorType",
    "Organization",
    "OrganizationList",
    "OrganizationQuotas",
    "OrganizationQuotasQuotas",
    "PermissionErrorType",
    "PermissionError_",
    "PublicIp",
    "Ref",
    "Rule",
    "RuleAction",
    "RuleCreate",
    "RuleCreateAction",
    "RuleCreateDirection",
    "RuleCreateProtocol",
    "RuleDirection",
    "RuleList",
    "RuleProtocol",
    "RuleResponse",
    "RuleUpdate",
    "RuleUpdateAction",
    "RuleUpdateDirection",
    "RuleUpdateProtocol",
    "SecurityGroup",
    "SecurityGroupCreate",
    "SecurityGroupList",
    "SecurityGroupResponse",
    "SecurityGroupUpdate",
    "Server",
    "ServerAction",
    "ServerActionAction",
    "ServerActionList",
    "ServerArch",
    "ServerAvailability",
    "ServerAvailabilityServers",
    "ServerAvailabilityServersAdditionalProperty",
    "ServerAvailabilityServersAdditionalPropertyAvailability",
    "ServerBootType",
    "ServerCreate",
    "ServerCreateBootType",
    "ServerCreateVolumes",
    "ServerError",
    "ServerErrorType",
    "ServerIpv6Type0",
    "ServerList",
    "ServerLocation",
    "ServerProduct",
    "ServerProductArch",
    "ServerProductNetwork",
    "ServerProductNetworkInterfacesItem",
    "ServerProductVolumesConstraint",
    "ServerProducts",
    "ServerProductsServers",
    "ServerResponse",
    "ServerUpdate",
    "ServerUpdateBootType",
    "ServerVolumes",
    "Snapshot",
    "SnapshotCreate",
    "SnapshotList",
    "SnapshotResponse",
    "SnapshotUpdate",
    "SshKey",
    "Task",
    "TaskList",
    "TaskResponse",
    "Token",
    "TokenCreate",
    "TokenList",
    "TokenPermissions",
    "TokenPermissionsPermissions",
    "TokenPermissionsPermissionsAdditionalProperty",
    "TokenResponse",
    "TokenRoles",
    "User",
    "UserDataKeys",
    "UserResponse",
    "UserRole",
    "UserUpdate",
    "Volume",
    "VolumeCreate",
    "VolumeCreateVolumeType",
    "VolumeList",
    "VolumeResize",
    "VolumeResponse",
    "VolumeTemplate",
    "VolumeTemplateVolumeType",
    "VolumeUpdate",
)
