"""Type stubs of the native module; import these names from ``http_status_catalog``."""

from http import HTTPStatus
from typing import Any, Dict, List, Literal, Optional, Sequence, Tuple, TypedDict, Union

Status = Union[HTTPStatus, int, str]
"""An ``http.HTTPStatus`` member, an ``int``, or a name (enum name, older name or wire phrase)."""

Lang = Union[str, "Locale"]
"""A language tag, an ``Accept-Language`` value, or a ``Locale`` from ``negotiate()``."""

Direction = Literal["ltr", "rtl"]

class InvalidStatusCode(ValueError):
    """A number outside 100-599 or an unknown name; ``suggestion`` names the member probably meant."""

    suggestion: Optional[str]

class Reference:
    """A specification section that defines a code, with its words in one locale."""

    @property
    def spec(self) -> str: ...
    @property
    def rfc(self) -> Optional[int]: ...
    @property
    def section(self) -> Optional[str]: ...
    @property
    def url(self) -> str: ...
    @property
    def experimental(self) -> bool: ...
    @property
    def title(self) -> str: ...
    @property
    def citation(self) -> str: ...
    def as_dict(self) -> "ReferenceDict": ...
    def __hash__(self) -> int: ...

class ReferenceDict(TypedDict):
    spec: str
    rfc: Optional[int]
    section: Optional[str]
    url: str
    experimental: bool
    title: str
    citation: str

class DescriptionDict(TypedDict):
    code: int
    name: Optional[str]
    aliases: List[str]
    phrase: Optional[str]
    title: str
    description: str
    locale: str
    direction: Direction
    status_class: str
    class_title: str
    registered: bool
    translated: bool
    references: List[ReferenceDict]
    lifecycle: Optional[str]
    visitor_text: Optional[str]
    visitor_action: Optional[str]
    retryable: bool

class Description:
    """A status code described in one locale."""

    @property
    def code(self) -> int: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def aliases(self) -> Tuple[str, ...]: ...
    @property
    def phrase(self) -> Optional[str]: ...
    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def locale(self) -> str: ...
    @property
    def direction(self) -> Direction: ...
    @property
    def status_class(self) -> str: ...
    @property
    def class_title(self) -> str: ...
    @property
    def registered(self) -> bool: ...
    @property
    def translated(self) -> bool: ...
    @property
    def references(self) -> Tuple[Reference, ...]: ...
    @property
    def lifecycle(self) -> Optional[str]: ...
    @property
    def visitor_text(self) -> Optional[str]: ...
    @property
    def visitor_action(self) -> Optional[str]: ...
    @property
    def retryable(self) -> bool: ...
    def problem_details(
        self,
        *,
        problem_type: Optional[str] = None,
        instance: Optional[str] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[int] = None,
    ) -> Dict[str, Any]: ...
    def error_page(
        self,
        *,
        home_href: Optional[str] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[int] = None,
        allowed_methods: Optional[str] = None,
    ) -> str: ...
    def as_dict(self) -> DescriptionDict: ...
    def __hash__(self) -> int: ...

class Locale:
    """A locale of the catalog, as ``negotiate()`` chooses it."""

    @property
    def tag(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def direction(self) -> Direction: ...
    def describe(self, status: Status) -> Description:
        """Describe a status code in this locale."""
    def __hash__(self) -> int: ...

def describe(status: Status, lang: Lang) -> Description:
    """Describe a status code in a language."""

def negotiate(accept_language: str) -> Locale:
    """Choose the best locale for an ``Accept-Language`` value or a language tag."""

def locales() -> List[Locale]:
    """Every locale of the catalog, English first, then by tag."""

class Row(TypedDict):
    code: int
    name: str
    cells: List[List[Tuple[str, Optional[str]]]]

# ``class`` is a keyword, hence the functional form.
Section = TypedDict(
    "Section",
    {"class": str, "heading": str, "title": str, "description": str, "rows": List[Row]},
)

StatusTable = TypedDict(
    "StatusTable",
    {
        "locale": str,
        "direction": Direction,
        "caption": str,
        "intro": str,
        "list_separator": str,
        "columns": List[Tuple[str, str]],
        "sections": List[Section],
    },
)

def status_table(lang: Lang, columns: Union[str, Sequence[str], None] = None) -> StatusTable:
    """The status table of a locale as plain data."""
