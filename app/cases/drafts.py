"""An applicant's data is never lost to a lost store connection: an intake the store could not
take is kept on this PC as a JSON draft (written atomically) until it is saved; the clerk
reopens it from the list of drafts. Validation errors never get this far (the form keeps what
was typed and shows the message next to the field)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import platformdirs

from app.cases.views import IntakeInput, MaterialCheck, PartyInput
from app.errors import UserError, user_message
from app.journal import Actor
from app.settings import APP_NAME


class KeptAsDraft(UserError):
    """The store did not answer; the intake is safe in a local draft."""

    exit_code = 5

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def drafts_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "intake-drafts"


def save_draft(data: IntakeInput, folder: Path | None = None, *, reason: str = "") -> Path:
    folder = folder or drafts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"intake-{stamp}-{uuid.uuid4().hex[:6]}.json"
    body = {"saved_at": dt.datetime.now(dt.UTC).isoformat(), "reason": reason,
            "intake": data.as_dict()}  # fmt: skip
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path


def intake_from_dict(d: dict[str, Any]) -> IntakeInput:
    def party(p: dict[str, Any] | None) -> PartyInput | None:
        return PartyInput(**p) if p else None

    mats = [MaterialCheck(**{**m, "promised_date": dt.date.fromisoformat(m["promised_date"])
                             if m.get("promised_date") else None})
            for m in d.get("materials", [])]  # fmt: skip
    applicant = party(d["applicant"])
    assert applicant is not None
    return IntakeInput(**{**d, "applicant": applicant, "agent": party(d.get("agent")),
                          "materials": mats})  # fmt: skip


def load_drafts(folder: Path | None = None) -> list[tuple[Path, IntakeInput]]:
    folder = folder or drafts_dir()
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("intake-*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        out.append((path, intake_from_dict(body["intake"])))
    return out


def discard_draft(path: Path) -> None:
    path.unlink(missing_ok=True)


def receive_keeping_draft(service: Any, actor: Actor, data: IntakeInput,
                          folder: Path | None = None) -> Any:  # fmt: skip
    """``service.receive``; when the store cannot be reached, the intake is written to a local
    draft and :class:`KeptAsDraft` says where, in Chinese. Field errors pass through."""
    try:
        return service.receive(actor, data)
    except UserError:
        raise
    except Exception as exc:
        message = user_message(exc)
        if message is None:
            raise
        path = save_draft(data, folder, reason=message)
        raise KeptAsDraft(f"{message} 本次填写的申请人信息和材料清单已保存为本机草稿，"
                          "恢复连接后在“草稿”中打开即可继续收件，无需重新录入。", path) from exc
