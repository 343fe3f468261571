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


def expects(loc: Path, root: type[BaseModel]) -> str | None:
    """What the model takes at this data path: 'list' (raci.responsible, deliverables), 'text', or None."""
    annotation: Any = root
    for item in loc:
        annotation = _child(annotation, item)
        if annotation is None:
            return None
    container = _container_in(annotation)
    if container is not None and container[0] is list:
        return "list"
    return "text" if _is_text(annotation) else None


def _is_text(annotation: Any) -> bool:
    if annotation is str:
        return True
    if typing.get_origin(annotation) is typing.Annotated:
        return _is_text(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(_is_text(arg) for arg in typing.get_args(annotation))
    return False
