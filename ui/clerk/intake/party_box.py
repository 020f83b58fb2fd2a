"""An applicant's or agent's details: typed, or read from the ID-card reader. Each field is
checked when the clerk leaves it (app.identity); a message appears under the field and the
text stays exactly as typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.cases.views import PartyInput
from app.errors import InvalidInput
from app.identity import parse_phone, parse_resident_id, parse_uscc

FIELDS = ("name", "cert_no", "phone", "address", "legal_rep")


class PartyBox(QGroupBox):
    """``prefix`` is the key the service uses for this party's field errors ("applicant" or
    "agent"); ``person_only`` hides the person/organisation choice (an agent is a person)."""

    read_card_requested = Signal()

    def __init__(self, title: str, prefix: str, *, person_only: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(title, parent)
        self.prefix = prefix
        self.setObjectName(f"{prefix}Box")
        self.person = QRadioButton(self.tr("个人"))
        self.person.setObjectName(f"{prefix}Person")
        self.organisation = QRadioButton(self.tr("法人或其他组织"))
        self.organisation.setObjectName(f"{prefix}Organisation")
        self.person.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.person)
        kinds.addButton(self.organisation)
        self.read_button = QPushButton(self.tr("读身份证"))
        self.read_button.setObjectName(f"{prefix}ReadCard")
        self.read_button.clicked.connect(self.read_card_requested)
        top = QHBoxLayout()
        if not person_only:
            top.addWidget(self.person)
            top.addWidget(self.organisation)
        top.addStretch()
        top.addWidget(self.read_button)

        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"{prefix}_{key}")
            edit.editingFinished.connect(lambda k=key: self.check_field(k))
            edit.textEdited.connect(lambda _t, k=key: self.show_error(k, ""))
            error = QLabel("")
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #c0392b;")
            error.setWordWrap(True)
            error.hide()
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(edit)
            cell.addWidget(error)
            label = QLabel()
            self.form.addRow(label, cell)
            self.edits[key], self.errors[key], self.labels[key] = edit, error, label
        self.person.toggled.connect(lambda _on: self._relabel())
        self._relabel()
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(self.form)

    # --- what is shown ---------------------------------------------------------------------

    def is_organisation(self) -> bool:
        return self.organisation.isChecked()

    def _relabel(self) -> None:
        org = self.is_organisation()
        self.labels["name"].setText(self.tr("单位名称") if org else self.tr("姓名"))
        self.labels["cert_no"].setText(
            self.tr("统一社会信用代码") if org else self.tr("身份证号码")
        )
        self.labels["phone"].setText(self.tr("联系电话"))
        self.labels["address"].setText(self.tr("住所") if org else self.tr("住址"))
        self.labels["legal_rep"].setText(self.tr("法定代表人/负责人"))
        self.form.setRowVisible(self.labels["legal_rep"], org)
        self.read_button.setVisible(not org)
        for key in FIELDS:
            self.show_error(key, "")

    def show_error(self, key: str, message: str) -> None:
        label = self.errors[key]
        label.setText(message)
        label.setVisible(bool(message))
        self.edits[key].setStyleSheet("border: 1px solid #c0392b;" if message else "")

    def show_errors(self, errors: dict[str, str]) -> int:
        """Put the service's messages (keys like "applicant.cert_no") under their fields."""
        shown = 0
        for key in FIELDS:
            message = errors.get(f"{self.prefix}.{key}", "")
            self.show_error(key, message)
            shown += bool(message)
        return shown

    def error_texts(self) -> list[str]:
        return [lab.text() for lab in self.errors.values() if lab.text()]

    # --- checks while typing ---------------------------------------------------------------

    def check_field(self, key: str) -> None:
        text = self.edits[key].text()
        message = ""
        try:
            if key == "cert_no" and text.strip():
                if self.is_organisation():
                    parse_uscc(text)
                else:
                    parse_resident_id(text)
            elif key == "phone" and text.strip():
                parse_phone(text)
        except InvalidInput as exc:
            message = exc.message
        self.show_error(key, message)

    # --- values ----------------------------------------------------------------------------

    def value(self) -> PartyInput:
        org = self.is_organisation()
        return PartyInput(
            kind="organisation" if org else "person",
            name=self.edits["name"].text(),
            cert_no=self.edits["cert_no"].text(),
            phone=self.edits["phone"].text(),
            address=self.edits["address"].text(),
            legal_rep=self.edits["legal_rep"].text() if org else "",
        )

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in self.edits.values())

    def fill_from_card(self, card: Any) -> None:
        """A card read from the reader: name, number and address; the phone is left alone."""
        self.person.setChecked(True)
        self.edits["name"].setText(card.name)
        self.edits["cert_no"].setText(card.id_number)
        self.edits["address"].setText(card.address)
        for key in ("name", "cert_no", "address"):
            self.show_error(key, "")
        self.check_field("cert_no")

    def clear(self) -> None:
        for key, edit in self.edits.items():
            edit.clear()
            self.show_error(key, "")
        self.person.setChecked(True)
