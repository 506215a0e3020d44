"""Fictional demo data: households and the agency directory of a demo vault, never of a real one."""

from neubeginn.demo.agencies import demo_agencies
from neubeginn.demo.households import demo_households

__all__ = ["demo_agencies", "demo_households"]
