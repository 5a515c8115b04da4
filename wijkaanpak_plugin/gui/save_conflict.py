"""Saving assessments into a shared inventory: no silent overwrite, no cryptic failure.

Used by the playground assessment dock (:mod:`.speelplek_dock`) around its *Save layer*:

* :class:`SaveGuard` remembers, per playground, the values the planner started from (when the
  form is loaded and the playground has no unsaved edits yet). Right before the commit it
  reads every edited playground as the data source stores it now and lets the core
  (:func:`..core.conflicts.check_save`) decide whether someone else saved it meanwhile. If so,
  :class:`SaveConflictDialog` shows what changed, field by field (their value, the planner's
  value, in words), and the planner chooses: keep their values, save mine over theirs, or
  cancel and keep editing. Nothing is decided silently; values the planner gives up are
  written to the QGIS message log. It also writes the next ``version`` of each saved row.
* :func:`save_failure_text` says in words why a commit failed (the connection to the
  database was lost: the database undid the unfinished save; the database user may not
  change the table; or the provider's own errors).
"""

from __future__ import annotations

import datetime
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import (
    NULL,
    Qgis,
    QgsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsMessageLog,
    QgsProviderConnectionException,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, Qt, QVariant
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.assessment import assessment_field_specs, load_checklist
from ..core.conflicts import (
    CONNECTION_LOST,
    KEEP_THEIRS,
    PERMISSION_DENIED,
    USE_MINE,
    VERSION_FIELD,
    SaveCheck,
    as_version,
    check_save,
    classify_save_errors,
    next_version,
)

LOG_TAG = "Wijkaanpak"
#: What the connection API raises: QGIS 3.22's bindings raise the base class, 3.40's the
#: provider connection exception (not a subclass of QgsException in Python there).
CONNECTION_ERRORS = (QgsProviderConnectionException, QgsException)
#: In the error of a save whose row changed after the check (only in the raised message:
#: the statement itself has it without the brackets).
CONFLICT_MARKER = "WIJKAANPAK_CONFLICT"
#: How often a read of the stored rows is tried before the database counts as unreachable.
READ_ATTEMPTS = 5
#: Fields whose 1 / 0 mean yes / no (schema type bool01).
_YES_NO_FIELDS = ("age_0_5", "age_6_11", "age_12_17", "accessible")


class SaveConflict:
    """Translation context of this module: call ``SaveConflict.tr("...")`` so that pylupdate5
    files the string under the same context ("SaveConflict") as the one looked up at run time."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("SaveConflict", text)


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else _plain(value.value())
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime() if value.isValid() else None
    return value


def _row_values(layer, feature: QgsFeature) -> Dict[str, Any]:
    """The feature's attributes by name (of the feature's own fields: a feature read from
    the provider lacks fields added in the layer's edit buffer)."""
    names = feature.fields().names() or layer.fields().names()
    return {name: _plain(value) for name, value in zip(names, feature.attributes())}


def _key_fields(layer) -> List[str]:
    names = layer.fields().names()
    return [names[i] for i in layer.primaryKeyAttributes() if 0 <= i < len(names)]


def _field_value(field: QgsField, value: Any) -> Any:
    """A plain value as the layer's field stores it."""
    if value is None:
        return NULL
    if isinstance(value, datetime.date) and field.type() in (QVariant.Date, QVariant.DateTime):
        return QDate(value.year, value.month, value.day)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def value_in_words(field: str, value: Any) -> str:
    """A stored value as a planner reads it: '(empty)', 'yes'/'no', a local date or number."""
    value = _plain(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return SaveConflict.tr("(empty)")
    if field in _YES_NO_FIELDS and value in (0, 1, "0", "1", True, False):
        return SaveConflict.tr("yes") if int(value) == 1 else SaveConflict.tr("no")
    if isinstance(value, datetime.date):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.ShortFormat)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def field_label(layer, name: str) -> str:
    """A field as a planner knows it: the layer's alias, else the schema's Dutch name
    (docs/schema.md; a PostGIS table has no aliases), with the field name beside it."""
    index = layer.fields().lookupField(name)
    alias = layer.attributeAlias(index) if index >= 0 else ""
    if not alias:
        try:
            specs = assessment_field_specs(load_checklist())
        except Exception:  # noqa: BLE001 - a broken checklist file must not stop the save
            specs = ()
        alias = next((spec.alias_nl for spec in specs if spec.name == name), "")
    return "{} ({})".format(alias, name) if alias and alias != name else name


class StoredRowUnreadableError(RuntimeError):
    """The data source could not be read (connection lost) before the save."""


def stored_row(layer, fid: int) -> Optional[Dict[str, Any]]:
    """Playground ``fid`` as the data source holds it now (not the layer's unsaved edits);
    None when it is no longer there. Raises :class:`StoredRowUnreadableError` when the data
    source cannot be read. A failed read is tried again a few times: QGIS notices that the
    server ended a pooled connection only when a query on it fails, and renews that
    connection for its next query (a server that was restarted leaves several)."""
    error: Optional[StoredRowUnreadableError] = None
    for _attempt in range(READ_ATTEMPTS):
        try:
            return _stored_row(layer, fid)
        except StoredRowUnreadableError as failure:
            error = failure
    raise error


def _stored_row(layer, fid: int) -> Optional[Dict[str, Any]]:
    if _integer_key(layer) is not None:
        return _stored_row_sql(layer, fid)
    provider = layer.dataProvider()
    provider.clearErrors()
    iterator = provider.getFeatures(QgsFeatureRequest(fid))
    feature = QgsFeature()
    found = iterator.nextFeature(feature)
    if not iterator.isValid() or provider.hasErrors():
        errors = provider.errors()
        provider.clearErrors()
        raise StoredRowUnreadableError("; ".join(errors) or "the data source gave no answer")
    if not found:
        _check_reachable(layer)  # a database that is down also gives no feature
    return _row_values(layer, feature) if found else None


def _integer_key(layer) -> Optional[str]:
    """The one integer primary key of a PostGIS layer (QGIS's feature id is its value)."""
    if layer.providerType() != "postgres":
        return None
    keys = layer.primaryKeyAttributes()
    fields = layer.dataProvider().fields()
    if len(keys) != 1 or not 0 <= keys[0] < fields.count():
        return None
    field = fields.at(keys[0])
    if field.type() not in (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong):
        return None
    return field.name()


def _stored_row_sql(layer, fid: int) -> Optional[Dict[str, Any]]:
    """The stored row of a PostGIS layer through a connection of its own (a provider whose
    connection the server ended may answer 'no feature' for a while after the server is
    back)."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    uri = QgsDataSourceUri(layer.source())
    table = "{}.{}".format(_ident(uri.schema() or "public"), _ident(uri.table()))
    names = [f.name() for f in layer.dataProvider().fields()]
    sql = "SELECT {} FROM {} WHERE {} = {}".format(
        ", ".join(_ident(n) for n in names), table, _ident(_integer_key(layer)), int(fid)
    )
    try:
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        rows = metadata.createConnection(layer.source(), {}).executeSql(sql)
    except CONNECTION_ERRORS as error:
        raise StoredRowUnreadableError(str(error)) from error
    if not rows:
        return None
    return {name: _plain(value) for name, value in zip(names, rows[0])}


def _check_reachable(layer) -> None:
    """Raise :class:`StoredRowUnreadableError` when the layer's database does not answer."""
    if layer.providerType() != "postgres":
        return
    from qgis.core import QgsProviderRegistry

    try:
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        metadata.createConnection(layer.source(), {}).executeSql("SELECT 1")
    except CONNECTION_ERRORS as error:
        raise StoredRowUnreadableError(str(error)) from error


class SaveGuard:
    """What each playground looked like when the planner started editing it, and the check
    against the stored row right before a save (module docstring)."""

    def __init__(self) -> None:
        self._bases: Dict[Tuple[str, int], Dict[str, Any]] = {}
        #: per (layer id, fid) the version the stored row had when it was checked
        self._checked_versions: Dict[Tuple[str, int], Optional[int]] = {}

    @staticmethod
    def _pending(layer) -> Dict[int, Dict[int, Any]]:
        buffer = layer.editBuffer() if layer.isEditable() else None
        return dict(buffer.changedAttributeValues()) if buffer is not None else {}

    def remember(self, layer, fid: int, attributes: Dict[str, Any]) -> None:
        """The planner sees playground ``fid`` with ``attributes``: that is their starting
        point, unless they already have unsaved edits of it (then the first one stays)."""
        if fid is None or fid < 0:
            return
        key = (layer.id(), int(fid))
        if key in self._bases and int(fid) in self._pending(layer):
            return
        self._bases[key] = {name: _plain(value) for name, value in attributes.items()}

    def base(self, layer, fid: int) -> Optional[Dict[str, Any]]:
        return self._bases.get((layer.id(), int(fid)))

    def before_commit(
        self, layer, choose: Callable[[Any, int, SaveCheck], Optional[str]]
    ) -> Optional[str]:
        """Check every edited playground against its stored row, let the planner ``choose``
        where someone else changed it, carry out the choice and write the next version.
        Returns None to go on with the commit, else the message why not (nothing written)."""
        pending = self._pending(layer)
        if not pending:
            return None
        fields = layer.fields()
        version_index = fields.lookupField(VERSION_FIELD)
        keys = _key_fields(layer)
        plans: List[Tuple[int, Dict[str, Any], Optional[int]]] = []
        for fid in sorted(pending):
            try:
                stored = stored_row(layer, fid)
            except StoredRowUnreadableError as error:
                QgsMessageLog.logMessage(
                    "Save of layer '{}': the stored rows could not be read: {}".format(
                        layer.name(), error
                    ),
                    LOG_TAG,
                    Qgis.Warning,
                )
                return connection_lost_text(layer.name(), [str(error)], before=True)
            base = self.base(layer, fid)
            if stored is None:
                return SaveConflict.tr(
                    "Not saved: feature {} of layer '{}' was deleted by someone else after you "
                    "started editing it. Your edits are kept in the layer; copy what you need, "
                    "then undo them (Ctrl+Z) or discard them."
                ).format(fid, layer.name())
            writes: Dict[str, Any] = {}
            if base is not None:
                # what the planner will save: their start with their edits on top (the layer's
                # own view of the row mixes in what the database holds now)
                mine = dict(base)
                for index, value in pending[fid].items():
                    if 0 <= index < fields.count():
                        mine[fields.at(index).name()] = _plain(value)
                check = check_save(base, mine, stored, VERSION_FIELD, ignore=keys)
                if check.conflict:
                    choice = choose(layer, fid, check)
                    if choice not in (KEEP_THEIRS, USE_MINE):
                        return SaveConflict.tr(
                            "Not saved: you cancelled. Your edits are kept in the layer; "
                            "nothing was written."
                        )
                    writes = check.values_to_write(choice)
                    given_up = [
                        "{} = {!r}".format(c.field, c.mine)
                        for c in check.clashes
                        if choice == KEEP_THEIRS
                    ]
                    if given_up:
                        QgsMessageLog.logMessage(
                            "Save of layer '{}', feature {}: kept the other planner's values; "
                            "your values were: {}".format(layer.name(), fid, ", ".join(given_up)),
                            LOG_TAG,
                            Qgis.Info,
                        )
            version = next_version(stored.get(VERSION_FIELD)) if version_index >= 0 else None
            if version_index >= 0:
                self._checked_versions[(layer.id(), fid)] = as_version(stored.get(VERSION_FIELD))
            plans.append((fid, writes, version))
        for fid, writes, version in plans:
            for name, value in writes.items():
                index = fields.lookupField(name)
                layer.changeAttributeValue(fid, index, _field_value(fields.at(index), value))
            if version is not None:
                layer.changeAttributeValue(fid, version_index, version)
        return None

    def commit(self, layer, stop_editing: bool) -> Tuple[bool, List[str]]:
        """Write the layer's edits: a PostGIS layer whose edits are attribute changes only in
        one statement of its own (all rows or none, even when the connection drops and QGIS
        reconnects and retries; each row only if its version is still the one checked, so a
        save in the last moment is not overwritten either); any other layer with
        ``commitChanges``. Returns (saved, errors)."""
        buffer = layer.editBuffer() if layer.isEditable() else None
        if (
            layer.providerType() != "postgres"
            or buffer is None
            or buffer.addedFeatures()
            or buffer.deletedFeatureIds()
            or buffer.changedGeometries()
            or buffer.addedAttributes()
            or buffer.deletedAttributeIds()
            or not buffer.changedAttributeValues()
        ):
            if layer.commitChanges(stop_editing):
                return True, []
            return False, list(layer.commitErrors())
        try:
            sql = self._atomic_update_sql(layer, dict(buffer.changedAttributeValues()))
        except ValueError as error:  # a value this path cannot write: QGIS's own way
            QgsMessageLog.logMessage(str(error), LOG_TAG, Qgis.Info)
            if layer.commitChanges(stop_editing):
                return True, []
            return False, list(layer.commitErrors())
        from qgis.core import QgsProviderRegistry

        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        for attempt in (1, 2):
            try:
                metadata.createConnection(layer.source(), {}).executeSql(sql)
                break
            except CONNECTION_ERRORS as error:
                # a connection the server ended earlier fails once, then QGIS opens a new
                # one; the statement is all or nothing, and a second run of a statement that
                # did go through finds the new versions and changes nothing
                if attempt == 2 or classify_save_errors([str(error)]) != CONNECTION_LOST:
                    return False, [str(error)]
        # written: the edit buffer is done with (as after commitChanges), the layer re-reads
        layer.rollBack(stop_editing)
        if not stop_editing and not layer.isEditable():
            layer.startEditing()
        layer.reload()
        return True, []

    def _atomic_update_sql(self, layer, changes: Dict[int, Dict[int, Any]]) -> str:
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(layer.source())
        table = "{}.{}".format(_ident(uri.schema() or "public"), _ident(uri.table()))
        fields = layer.fields()
        keys = layer.primaryKeyAttributes()
        if not keys:
            raise ValueError("layer '{}' has no primary key".format(layer.name()))
        statements = []
        for fid in sorted(changes):
            feature = layer.getFeature(fid)
            where = " AND ".join(
                "{} = {}".format(_ident(fields.at(k).name()), _literal(feature.attribute(k)))
                for k in keys
            )
            version = self._checked_versions.get((layer.id(), int(fid)), "unchecked")
            if version != "unchecked" and fields.lookupField(VERSION_FIELD) >= 0:
                where += " AND {} IS NOT DISTINCT FROM {}".format(
                    _ident(VERSION_FIELD), "NULL" if version is None else int(version)
                )
            sets = ", ".join(
                "{} = {}".format(_ident(fields.at(i).name()), _literal(v))
                for i, v in sorted(changes[fid].items())
            )
            statements.append(
                "UPDATE {} SET {} WHERE {}; IF NOT FOUND THEN RAISE EXCEPTION "
                "'row % changed since it was read (%)', {}, '{}'; END IF;".format(
                    table, sets, where, int(fid), CONFLICT_MARKER
                )
            )
        return "DO $wijkaanpak$ BEGIN {} END $wijkaanpak$".format(" ".join(statements))

    def after_commit(self, layer, fids) -> None:
        """The saved values are the new starting point of each saved playground."""
        for fid in fids:
            feature = layer.getFeature(fid)
            if feature.isValid():
                self._bases[(layer.id(), int(fid))] = _row_values(layer, feature)

    @staticmethod
    def edited_fids(layer) -> List[int]:
        return sorted(SaveGuard._pending(layer))


def _ident(name: str) -> str:
    return '"{}"'.format(str(name).replace('"', '""'))


def _literal(value: Any) -> str:
    """An SQL literal for a value of the edit buffer (standard_conforming_strings on, the
    default since PostgreSQL 9.1); the column's type converts it on assignment."""
    value = _plain(value)
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("not a finite number: {!r}".format(value))
        return repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "'{}'".format(value.isoformat())
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("text with a NUL character")
        return "'{}'".format(value.replace("'", "''"))
    raise ValueError("a value of type {} ({!r})".format(type(value).__name__, value))


def connection_lost_text(layer_name: str, errors: List[str], before: bool = False) -> str:
    if before:
        return SaveConflict.tr(
            "Not saved: the database of layer '{}' cannot be reached (the connection was lost "
            "or the server is down). Nothing was written; your edits are kept in the layer. "
            "Save again when the connection is back."
        ).format(layer_name)
    return SaveConflict.tr(
        "Not saved: the connection to the database of layer '{}' was lost during the save. "
        "The database does not keep a half-finished save, so the stored playgrounds are as "
        "they were before. Your edits are kept in the layer: save again when the connection "
        "is back."
    ).format(layer_name)


def save_failure_text(layer, errors: List[str]) -> str:
    """Why ``layer.commitChanges`` failed, in words (the provider's errors follow in the
    details of the message box)."""
    if any("({})".format(CONFLICT_MARKER) in str(e) for e in errors):
        return SaveConflict.tr(
            "Not saved: someone else saved one of these playgrounds in layer '{}' a moment "
            "ago. Nothing was written; your edits are kept in the layer. Save again to see "
            "what they changed and choose."
        ).format(layer.name())
    kind = classify_save_errors(errors)
    if kind == CONNECTION_LOST:
        return connection_lost_text(layer.name(), errors)
    if kind == PERMISSION_DENIED:
        return read_only_text(layer)
    return SaveConflict.tr(
        "Layer '{}' could not be saved; the edits are kept in the layer. Errors: {}"
    ).format(layer.name(), "; ".join(errors))


def read_only_text(layer) -> str:
    """The layer's data source may be read but not changed by this user."""
    if layer.providerType() == "postgres":
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(layer.source())
        return SaveConflict.tr(
            "Layer '{}' is read-only for you: database user '{}' may read table {}.{} but not "
            "change it, so assessments cannot be saved. Ask your database administrator for an "
            "editor role (docs/postgis.md), or save a copy as a GeoPackage to work on."
        ).format(layer.name(), uri.username() or "?", uri.schema() or "public", uri.table())
    return SaveConflict.tr("Layer '{}' cannot be edited (its data source is read-only).").format(
        layer.name()
    )


class SaveConflictDialog(QDialog):
    """What the other planner changed, and the planner's choice (module docstring)."""

    COLUMNS = 4

    def __init__(self, layer, fid: int, check: SaveCheck, name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("WijkaanpakSaveConflictDialog")
        self.setWindowTitle(SaveConflict.tr("Someone else saved this playground"))
        self.choice: Optional[str] = None
        self.check = check
        layout = QVBoxLayout(self)
        title = name or SaveConflict.tr("feature {}").format(fid)
        clashes = len(check.clashes)
        lines = [
            SaveConflict.tr(
                "Playground '{}' in layer '{}' was saved by someone else after you started "
                "assessing it."
            ).format(title, layer.name())
        ]
        if check.base_version is not None or check.stored_version is not None:
            lines.append(
                SaveConflict.tr(
                    "You started from version {}; the stored version is now {}."
                ).format(
                    "-" if check.base_version is None else check.base_version,
                    "-" if check.stored_version is None else check.stored_version,
                )
            )
        if clashes:
            lines.append(
                SaveConflict.tr(
                    "You both changed {} field(s) (marked ●): choose whose values to keep. Fields "
                    "only one of you changed keep that change either way."
                ).format(clashes)
            )
        else:
            lines.append(
                SaveConflict.tr(
                    "You changed other fields than they did: both changes are kept whichever "
                    "you choose."
                )
            )
        self.label = QLabel("\n".join(lines))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.table = QTableWidget(len(check.changes), self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                SaveConflict.tr("Field"),
                SaveConflict.tr("When you started"),
                SaveConflict.tr("Your value"),
                SaveConflict.tr("Their value (stored)"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        bold = QFont()
        bold.setBold(True)
        for row, change in enumerate(check.changes):
            label = field_label(layer, change.field)
            if change.clash:
                label = "● " + label
            mine = value_in_words(change.field, change.mine)
            if not change.mine_changed:
                mine = SaveConflict.tr("{} (not changed by you)").format(mine)
            cells = [
                label,
                value_in_words(change.field, change.base),
                mine,
                value_in_words(change.field, change.theirs),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if change.clash:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(SaveConflict.tr("Keep their values"))
        self.keep_button.setToolTip(
            SaveConflict.tr(
                "Their values win where you both changed a field; your other changes are saved."
            )
        )
        self.mine_button = QPushButton(SaveConflict.tr("Save mine over theirs"))
        self.mine_button.setToolTip(
            SaveConflict.tr(
                "Your values win where you both changed a field; their other changes stay."
            )
        )
        self.cancel_button = QPushButton(SaveConflict.tr("Cancel (keep editing)"))
        buttons.addButton(self.keep_button, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.RejectRole)
        self.keep_button.clicked.connect(lambda: self.choose(KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self.choose(USE_MINE))
        self.cancel_button.clicked.connect(lambda: self.choose(None))
        self.cancel_button.setDefault(True)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        width = self.table.horizontalHeader().length() + 2 * self.table.frameWidth() + 40
        self.resize(min(max(640, width), 1100), 220 + 28 * len(check.changes))
        self.setWindowModality(Qt.WindowModal)

    def choose(self, choice: Optional[str]) -> None:
        """The planner's choice (KEEP_THEIRS, USE_MINE, or None = cancel)."""
        self.choice = choice
        if choice is None:
            self.reject()
        else:
            self.accept()

    def rows(self) -> List[List[str]]:
        """The table as text (for tests and screen readers' users' bug reports)."""
        return [
            [self.table.item(r, c).text() for c in range(self.COLUMNS)]
            for r in range(self.table.rowCount())
        ]

    @classmethod
    def ask(cls, layer, fid: int, check: SaveCheck, name: str = "", parent=None) -> Optional[str]:
        dialog = cls(layer, fid, check, name, parent)
        dialog.exec_()
        return dialog.choice
