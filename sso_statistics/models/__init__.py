from sso_statistics.models.datasets import Dataset
from sso_statistics.models.pages import StatisticsIndexPage, StatisticsPartPage

__all__ = ["Dataset", "StatisticsIndexPage", "StatisticsPartPage"]
