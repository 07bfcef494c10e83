"""Contains all the data models used in inputs/outputs"""

from .area_allocate_request import AreaAllocateRequest
from .area_check_request import AreaCheckRequest
from .area_cost import AreaCost
from .error_400 import Error400
from .error_400_error import Error400Error
from .error_401 import Error401
from .error_401_error import Error401Error
from .error_402 import Error402
from .error_402_error import Error402Error
from .error_403 import Error403
from .error_403_error import Error403Error
from .error_404 import Error404
from .error_404_error import Error404Error
from .error_405 import Error405
from .error_405_error import Error405Error
from .error_409 import Error409
from .error_409_error import Error409Error
from .error_413 import Error413
from .error_413_error import Error413Error
from .error_422 import Error422
from .error_422_error import Error422Error
from .error_424 import Error424
from .error_424_error import Error424Error
from .error_429 import Error429
from .error_429_error import Error429Error
from .error_500 import Error500
from .error_500_error import Error500Error
from .error_503 import Error503
from .error_503_error import Error503Error
from .get_status_request import GetStatusRequest
from .imagery_search_request import ImagerySearchRequest
from .imagery_search_result import ImagerySearchResult
from .kraken_release import KrakenRelease
from .kraken_release_request import KrakenReleaseRequest
from .login_error import LoginError
from .login_request import LoginRequest
from .login_result import LoginResult
from .pipeline import Pipeline
from .pipeline_status import PipelineStatus
from .pipeline_status_value import PipelineStatusValue
from .progress import Progress
from .release_pipeline import ReleasePipeline
from .remaining_credit import RemainingCredit
from .retrieve_request import RetrieveRequest
from .scene import Scene
from .transaction import Transaction
from .transactions_page import TransactionsPage
from .transactions_request import TransactionsRequest
from .user_info import UserInfo

__all__ = (
    "AreaAllocateRequest",
    "AreaCheckRequest",
    "AreaCost",
    "Error400",
    "Error400Error",
    "Error401",
    "Error401Error",
    "Error402",
    "Error402Error",
    "Error403",
    "Error403Error",
    "Error404",
    "Error404Error",
    "Error405",
    "Error405Error",
    "Error409",
    "Error409Error",
    "Error413",
    "Error413Error",
    "Error422",
    "Error422Error",
    "Error424",
    "Error424Error",
    "Error429",
    "Error429Error",
    "Error500",
    "Error500Error",
    "Error503",
    "Error503Error",
    "GetStatusRequest",
    "ImagerySearchRequest",
    "ImagerySearchResult",
    "KrakenRelease",
    "KrakenReleaseRequest",
    "LoginError",
    "LoginRequest",
    "LoginResult",
    "Pipeline",
    "PipelineStatus",
    "PipelineStatusValue",
    "Progress",
    "ReleasePipeline",
    "RemainingCredit",
    "RetrieveRequest",
    "Scene",
    "Transaction",
    "TransactionsPage",
    "TransactionsRequest",
    "UserInfo",
)
