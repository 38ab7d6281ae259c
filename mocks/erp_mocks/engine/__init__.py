"""The vendor-neutral mock engine: spec loading, routing, validation, serving."""

from erp_mocks.engine import variance
from erp_mocks.engine.app import BadInput, Call, Handler, VendorMock, build_app
from erp_mocks.engine.serve import MockServer
from erp_mocks.engine.spec import Operation, Spec

__all__ = ["BadInput", "Call", "Handler", "MockServer", "Operation", "Spec", "VendorMock", "build_app", "variance"]
