"""What the model expects at a place in the data: the keys allowed there, whether a list goes there."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from rollout.errors import Path


def allowed_keys(loc: Path, root: type[BaseModel]) -> list[str]:
    """Field names of the model that sits at a data path."""
    annotation: Any = root
    for item in loc:
        annotation = _child(annotation, item)
        if annotation is None:
            return []
    model = _model_in(annotation)
    return list(model.model_fields) if model else []


def _child(annotation: Any, item: str | int) -> Any:
    """The annotation of the value found at item inside a value of this annotation."""
    model = _model_in(annotation)
    if model is not None and isinstance(item, str):
        field = model.model_fields.get(item)
        return field.annotation if field else None
    container = _container_in(annotation)
    if container is None:
        return None
    origin, args = container
    if origin is list and isinstance(item, int):
        return args[0]
    if origin is dict and isinstance(item, str):
        return args[-1]
    return None


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside an annotation like Step or Gate | None (not inside a list or dict)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None


def _container_in(annotation: Any) -> tuple[Any, tuple[Any, ...]] | None:
    """The list or dict type inside an annotation like list[Step] | None, with its arguments."""
    origin = typing.get_origin(annotation)
    if origin in (list, dict):
        return origin, typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _container_in(arg)
            if found:
                return found
    return None


def expects_list(loc: Path, root: type[BaseModel]) -> bool:
    """True when the model takes a list at this data path (raci.responsible, deliverables)."""
    annotation: Any = root
    for item in loc:
        annotation = _child(annotation, item)
        if annotation is None:
            return False
    container = _container_in(annotation)
    return container is not None and container[0] is list
