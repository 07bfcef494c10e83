"""Contains all the data models used in inputs/outputs"""

from .api_error_envelope import ApiErrorEnvelope
from .api_error_envelope_code import ApiErrorEnvelopeCode
from .auth_error_envelope import AuthErrorEnvelope
from .auth_error_envelope_code import AuthErrorEnvelopeCode
from .circulating_supply import CirculatingSupply
from .circulating_supply_envelope import CirculatingSupplyEnvelope
from .commit_and_expire_pledge import CommitAndExpirePledge
from .commit_and_expire_pledge_envelope import CommitAndExpirePledgeEnvelope
from .deal_client_headcount import DealClientHeadcount
from .deal_client_headcount_envelope import DealClientHeadcountEnvelope
from .deal_states_aggregate_daily import DealStatesAggregateDaily
from .deal_states_aggregate_daily_envelope import DealStatesAggregateDailyEnvelope
from .deal_summary_statistics_daily import DealSummaryStatisticsDaily
from .deal_summary_statistics_daily_envelope import DealSummaryStatisticsDailyEnvelope
from .economics_sector_pledges_returns_32gd import EconomicsSectorPledgesReturns32GD
from .economics_sector_pledges_returns_32gd_envelope import (
    EconomicsSectorPledgesReturns32GDEnvelope,
)
from .economics_sector_pledges_returns_64gd import EconomicsSectorPledgesReturns64GD
from .economics_sector_pledges_returns_64gd_envelope import (
    EconomicsSectorPledgesReturns64GDEnvelope,
)
from .error_envelope import ErrorEnvelope
from .error_envelope_code import ErrorEnvelopeCode
from .gas_detail_message_d import GasDetailMessageD
from .gas_detail_message_d_envelope import GasDetailMessageDEnvelope
from .gas_distribution_d import GasDistributionD
from .gas_distribution_d_envelope import GasDistributionDEnvelope
from .gas_fee_overview_d import GasFeeOverviewD
from .gas_fee_overview_d_envelope import GasFeeOverviewDEnvelope
from .gas_fee_overview_h import GasFeeOverviewH
from .gas_fee_overview_h_envelope import GasFeeOverviewHEnvelope
from .gas_usage_detail_message_d import GasUsageDetailMessageD
from .gas_usage_detail_message_d_envelope import GasUsageDetailMessageDEnvelope
from .gas_usage_msg_d import GasUsageMsgD
from .gas_usage_msg_d_envelope import GasUsageMsgDEnvelope
from .network_block_reward import NetworkBlockReward
from .network_block_reward_envelope import NetworkBlockRewardEnvelope
from .network_fee_breakdown import NetworkFeeBreakdown
from .network_fee_breakdown_envelope import NetworkFeeBreakdownEnvelope
from .network_locked_fil_breakdown import NetworkLockedFilBreakdown
from .network_locked_fil_breakdown_envelope import NetworkLockedFilBreakdownEnvelope
from .network_storage_capacity import NetworkStorageCapacity
from .network_storage_capacity_envelope import NetworkStorageCapacityEnvelope
from .prove_commit_split_dv2 import ProveCommitSplitDV2
from .prove_commit_split_dv2_envelope import ProveCommitSplitDV2Envelope
from .sector_onboarding_by_method import SectorOnboardingByMethod
from .sector_onboarding_by_method_envelope import SectorOnboardingByMethodEnvelope
from .sectors_schedule_expiration import SectorsScheduleExpiration
from .sectors_schedule_expiration_envelope import SectorsScheduleExpirationEnvelope
from .storage_state_d import StorageStateD
from .storage_state_d_envelope import StorageStateDEnvelope

__all__ = (
    "ApiErrorEnvelope",
    "ApiErrorEnvelopeCode",
    "AuthErrorEnvelope",
    "AuthErrorEnvelopeCode",
    "CirculatingSupply",
    "CirculatingSupplyEnvelope",
    "CommitAndExpirePledge",
    "CommitAndExpirePledgeEnvelope",
    "DealClientHeadcount",
    "DealClientHeadcountEnvelope",
    "DealStatesAggregateDaily",
    "DealStatesAggregateDailyEnvelope",
    "DealSummaryStatisticsDaily",
    "DealSummaryStatisticsDailyEnvelope",
    "EconomicsSectorPledgesReturns32GD",
    "EconomicsSectorPledgesReturns32GDEnvelope",
    "EconomicsSectorPledgesReturns64GD",
    "EconomicsSectorPledgesReturns64GDEnvelope",
    "ErrorEnvelope",
    "ErrorEnvelopeCode",
    "GasDetailMessageD",
    "GasDetailMessageDEnvelope",
    "GasDistributionD",
    "GasDistributionDEnvelope",
    "GasFeeOverviewD",
    "GasFeeOverviewDEnvelope",
    "GasFeeOverviewH",
    "GasFeeOverviewHEnvelope",
    "GasUsageDetailMessageD",
    "GasUsageDetailMessageDEnvelope",
    "GasUsageMsgD",
    "GasUsageMsgDEnvelope",
    "NetworkBlockReward",
    "NetworkBlockRewardEnvelope",
    "NetworkFeeBreakdown",
    "NetworkFeeBreakdownEnvelope",
    "NetworkLockedFilBreakdown",
    "NetworkLockedFilBreakdownEnvelope",
    "NetworkStorageCapacity",
    "NetworkStorageCapacityEnvelope",
    "ProveCommitSplitDV2",
    "ProveCommitSplitDV2Envelope",
    "SectorOnboardingByMethod",
    "SectorOnboardingByMethodEnvelope",
    "SectorsScheduleExpiration",
    "SectorsScheduleExpirationEnvelope",
    "StorageStateD",
    "StorageStateDEnvelope",
)
