"""The structural checks of the model's constructors."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from tiltak._checks import checks_types_only, each, is_, opt
from tiltak.errors import ModelTypeError


@attrs.frozen
class Holder:
    items: tuple[object, ...] = attrs.field(validator=each(str, int))
    flag: object = attrs.field(default=None, validator=opt(int))
    day: object = attrs.field(default=None, validator=opt(dt.date))


class TestEach:
    def test_every_type_named_is_accepted(self) -> None:
        """``each(str, int)`` takes strings and integers alike."""
        assert ("a", 1) == Holder(items=("a", 1)).items

    def test_other_types_are_refused_by_position(self) -> None:
        """An item of another type is refused, naming its index and both types."""
        with pytest.raises(
            ModelTypeError, match=r"Holder\.items\[1\] must be str or int, not float"
        ):
            Holder(items=("a", 1.5))

    def test_a_bool_is_not_an_int(self) -> None:
        """As with ``is_``, a ``bool`` is not taken for an ``int``."""
        with pytest.raises(ModelTypeError, match=r"items\[0\] must be str or int, not bool"):
            Holder(items=(True,))


class TestIs:
    def test_a_bool_is_not_an_int(self) -> None:
        """``opt(int)`` refuses ``True``."""
        with pytest.raises(ModelTypeError, match="flag must be int, not bool"):
            Holder(items=(), flag=True)

    def test_a_datetime_is_not_a_date(self) -> None:
        """``opt(dt.date)`` refuses a ``datetime``."""
        with pytest.raises(ModelTypeError, match="day must be date, not datetime"):
            Holder(items=(), day=dt.datetime(2024, 1, 1))


class TestChecksTypesOnly:
    @pytest.mark.parametrize("make", [is_, opt, each])
    def test_the_type_checks_are_known(self, make: object) -> None:
        """The checks made by ``is_``, ``opt`` and ``each`` are known as type checks."""
        assert callable(make)
        assert checks_types_only(make(str, int))

    def test_another_validator_is_not(self) -> None:
        """Any other validator checks more than types, as far as a reader can tell."""
        assert not checks_types_only(attrs.validators.instance_of(str))
        assert not checks_types_only(None)
