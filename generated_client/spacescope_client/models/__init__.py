"""Contains all the data models used in inputs/outputs"""

from .active_contract_users import ActiveContractUsers
from .active_contract_users_envelope import ActiveContractUsersEnvelope
from .address_count import AddressCount
from .address_count_envelope import AddressCountEnvelope
from .api_error_envelope import ApiErrorEnvelope
from .api_error_envelope_code import ApiErrorEnvelopeCode
from .auth_error_envelope import AuthErrorEnvelope
from .auth_error_envelope_code import AuthErrorEnvelopeCode
from .block_reward import BlockReward
from .block_reward_envelope import BlockRewardEnvelope
from .circulating_supply import CirculatingSupply
from .circulating_supply_envelope import CirculatingSupplyEnvelope
from .client_count import ClientCount
from .client_count_envelope import ClientCountEnvelope
from .contract_interactions import ContractInteractions
from .contract_interactions_envelope import ContractInteractionsEnvelope
from .contracts_deployed import ContractsDeployed
from .contracts_deployed_envelope import ContractsDeployedEnvelope
from .daily_gas_usage_in_units import DailyGasUsageInUnits
from .daily_gas_usage_in_units_envelope import DailyGasUsageInUnitsEnvelope
from .daily_network_fee_breakdown import DailyNetworkFeeBreakdown
from .daily_network_fee_breakdown_envelope import DailyNetworkFeeBreakdownEnvelope
from .daily_power_onboarding_by_method import DailyPowerOnboardingByMethod
from .daily_power_onboarding_by_method_envelope import (
    DailyPowerOnboardingByMethodEnvelope,
)
from .daily_power_onboarding_by_sector_size import DailyPowerOnboardingBySectorSize
from .daily_power_onboarding_by_sector_size_envelope import (
    DailyPowerOnboardingBySectorSizeEnvelope,
)
from .deal_collateral import DealCollateral
from .deal_collateral_envelope import DealCollateralEnvelope
from .deal_count import DealCount
from .deal_count_envelope import DealCountEnvelope
from .deal_size import DealSize
from .deal_size_envelope import DealSizeEnvelope
from .deal_snapshot import DealSnapshot
from .deal_snapshot_deal_status import DealSnapshotDealStatus
from .deal_snapshot_envelope import DealSnapshotEnvelope
from .error_envelope import ErrorEnvelope
from .error_envelope_code import ErrorEnvelopeCode
from .gas_usage import GasUsage
from .gas_usage_envelope import GasUsageEnvelope
from .network_base_fee import NetworkBaseFee
from .network_base_fee_envelope import NetworkBaseFeeEnvelope
from .network_fee_per_message import NetworkFeePerMessage
from .network_fee_per_message_envelope import NetworkFeePerMessageEnvelope
from .network_locked_fil_breakdown import NetworkLockedFilBreakdown
from .network_locked_fil_breakdown_envelope import NetworkLockedFilBreakdownEnvelope
from .network_storage_capacity import NetworkStorageCapacity
from .network_storage_capacity_envelope import NetworkStorageCapacityEnvelope
from .sector_economics import SectorEconomics
from .sector_economics_envelope import SectorEconomicsEnvelope
from .sectors_schedule_expiration import SectorsScheduleExpiration
from .sectors_schedule_expiration_envelope import SectorsScheduleExpirationEnvelope
from .storage_provider_basic_info import StorageProviderBasicInfo
from .storage_provider_basic_info_envelope import StorageProviderBasicInfoEnvelope
from .storage_provider_deals_client_count import StorageProviderDealsClientCount
from .storage_provider_deals_client_count_envelope import (
    StorageProviderDealsClientCountEnvelope,
)
from .storage_provider_deals_deal_collateral import StorageProviderDealsDealCollateral
from .storage_provider_deals_deal_collateral_envelope import (
    StorageProviderDealsDealCollateralEnvelope,
)
from .storage_provider_deals_deal_count import StorageProviderDealsDealCount
from .storage_provider_deals_deal_count_envelope import (
    StorageProviderDealsDealCountEnvelope,
)
from .storage_provider_deals_deal_duration import StorageProviderDealsDealDuration
from .storage_provider_deals_deal_duration_envelope import (
    StorageProviderDealsDealDurationEnvelope,
)
from .storage_provider_deals_deal_revenue import StorageProviderDealsDealRevenue
from .storage_provider_deals_deal_revenue_envelope import (
    StorageProviderDealsDealRevenueEnvelope,
)
from .storage_provider_deals_deal_size import StorageProviderDealsDealSize
from .storage_provider_deals_deal_size_envelope import (
    StorageProviderDealsDealSizeEnvelope,
)
from .storage_provider_gas_commit_fee import StorageProviderGasCommitFee
from .storage_provider_gas_commit_fee_envelope import (
    StorageProviderGasCommitFeeEnvelope,
)
from .storage_provider_gas_network_fee import StorageProviderGasNetworkFee
from .storage_provider_gas_network_fee_envelope import (
    StorageProviderGasNetworkFeeEnvelope,
)
from .storage_provider_power import StorageProviderPower
from .storage_provider_power_envelope import StorageProviderPowerEnvelope
from .storage_provider_rewards import StorageProviderRewards
from .storage_provider_rewards_envelope import StorageProviderRewardsEnvelope
from .storage_provider_sector_commit_sector_count import (
    StorageProviderSectorCommitSectorCount,
)
from .storage_provider_sector_commit_sector_count_envelope import (
    StorageProviderSectorCommitSectorCountEnvelope,
)
from .storage_provider_sector_commit_sector_size import (
    StorageProviderSectorCommitSectorSize,
)
from .storage_provider_sector_commit_sector_size_envelope import (
    StorageProviderSectorCommitSectorSizeEnvelope,
)
from .storage_provider_sector_expire import StorageProviderSectorExpire
from .storage_provider_sector_expire_envelope import StorageProviderSectorExpireEnvelope
from .storage_provider_sector_extend import StorageProviderSectorExtend
from .storage_provider_sector_extend_envelope import StorageProviderSectorExtendEnvelope
from .storage_provider_sector_fault import StorageProviderSectorFault
from .storage_provider_sector_fault_envelope import StorageProviderSectorFaultEnvelope
from .storage_provider_sector_recover import StorageProviderSectorRecover
from .storage_provider_sector_recover_envelope import (
    StorageProviderSectorRecoverEnvelope,
)
from .storage_provider_sector_sector_duration import StorageProviderSectorSectorDuration
from .storage_provider_sector_sector_duration_envelope import (
    StorageProviderSectorSectorDurationEnvelope,
)
from .storage_provider_sector_snap import StorageProviderSectorSnap
from .storage_provider_sector_snap_envelope import StorageProviderSectorSnapEnvelope
from .storage_provider_sector_terminate import StorageProviderSectorTerminate
from .storage_provider_sector_terminate_envelope import (
    StorageProviderSectorTerminateEnvelope,
)
from .storage_provider_sector_total import StorageProviderSectorTotal
from .storage_provider_sector_total_envelope import StorageProviderSectorTotalEnvelope
from .storage_provider_token_balance import StorageProviderTokenBalance
from .storage_provider_token_balance_envelope import StorageProviderTokenBalanceEnvelope
from .storage_state import StorageState
from .storage_state_envelope import StorageStateEnvelope
from .total_contract_balance import TotalContractBalance
from .total_contract_balance_envelope import TotalContractBalanceEnvelope
from .total_value_locked import TotalValueLocked
from .total_value_locked_envelope import TotalValueLockedEnvelope

__all__ = (
    "ActiveContractUsers",
    "ActiveContractUsersEnvelope",
    "AddressCount",
    "AddressCountEnvelope",
    "ApiErrorEnvelope",
    "ApiErrorEnvelopeCode",
    "AuthErrorEnvelope",
    "AuthErrorEnvelopeCode",
    "BlockReward",
    "BlockRewardEnvelope",
    "CirculatingSupply",
    "CirculatingSupplyEnvelope",
    "ClientCount",
    "ClientCountEnvelope",
    "ContractInteractions",
    "ContractInteractionsEnvelope",
    "ContractsDeployed",
    "ContractsDeployedEnvelope",
    "DailyGasUsageInUnits",
    "DailyGasUsageInUnitsEnvelope",
    "DailyNetworkFeeBreakdown",
    "DailyNetworkFeeBreakdownEnvelope",
    "DailyPowerOnboardingByMethod",
    "DailyPowerOnboardingByMethodEnvelope",
    "DailyPowerOnboardingBySectorSize",
    "DailyPowerOnboardingBySectorSizeEnvelope",
    "DealCollateral",
    "DealCollateralEnvelope",
    "DealCount",
    "DealCountEnvelope",
    "DealSize",
    "DealSizeEnvelope",
    "DealSnapshot",
    "DealSnapshotDealStatus",
    "DealSnapshotEnvelope",
    "ErrorEnvelope",
    "ErrorEnvelopeCode",
    "GasUsage",
    "GasUsageEnvelope",
    "NetworkBaseFee",
    "NetworkBaseFeeEnvelope",
    "NetworkFeePerMessage",
    "NetworkFeePerMessageEnvelope",
    "NetworkLockedFilBreakdown",
    "NetworkLockedFilBreakdownEnvelope",
    "NetworkStorageCapacity",
    "NetworkStorageCapacityEnvelope",
    "SectorEconomics",
    "SectorEconomicsEnvelope",
    "SectorsScheduleExpiration",
    "SectorsScheduleExpirationEnvelope",
    "StorageProviderBasicInfo",
    "StorageProviderBasicInfoEnvelope",
    "StorageProviderDealsClientCount",
    "StorageProviderDealsClientCountEnvelope",
    "StorageProviderDealsDealCollateral",
    "StorageProviderDealsDealCollateralEnvelope",
    "StorageProviderDealsDealCount",
    "StorageProviderDealsDealCountEnvelope",
    "StorageProviderDealsDealDuration",
    "StorageProviderDealsDealDurationEnvelope",
    "StorageProviderDealsDealRevenue",
    "StorageProviderDealsDealRevenueEnvelope",
    "StorageProviderDealsDealSize",
    "StorageProviderDealsDealSizeEnvelope",
    "StorageProviderGasCommitFee",
    "StorageProviderGasCommitFeeEnvelope",
    "StorageProviderGasNetworkFee",
    "StorageProviderGasNetworkFeeEnvelope",
    "StorageProviderPower",
    "StorageProviderPowerEnvelope",
    "StorageProviderRewards",
    "StorageProviderRewardsEnvelope",
    "StorageProviderSectorCommitSectorCount",
    "StorageProviderSectorCommitSectorCountEnvelope",
    "StorageProviderSectorCommitSectorSize",
    "StorageProviderSectorCommitSectorSizeEnvelope",
    "StorageProviderSectorExpire",
    "StorageProviderSectorExpireEnvelope",
    "StorageProviderSectorExtend",
    "StorageProviderSectorExtendEnvelope",
    "StorageProviderSectorFault",
    "StorageProviderSectorFaultEnvelope",
    "StorageProviderSectorRecover",
    "StorageProviderSectorRecoverEnvelope",
    "StorageProviderSectorSectorDuration",
    "StorageProviderSectorSectorDurationEnvelope",
    "StorageProviderSectorSnap",
    "StorageProviderSectorSnapEnvelope",
    "StorageProviderSectorTerminate",
    "StorageProviderSectorTerminateEnvelope",
    "StorageProviderSectorTotal",
    "StorageProviderSectorTotalEnvelope",
    "StorageProviderTokenBalance",
    "StorageProviderTokenBalanceEnvelope",
    "StorageState",
    "StorageStateEnvelope",
    "TotalContractBalance",
    "TotalContractBalanceEnvelope",
    "TotalValueLocked",
    "TotalValueLockedEnvelope",
)
