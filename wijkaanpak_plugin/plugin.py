"""The QGIS-facing plugin object: menu, toolbar, Processing provider, translations."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..processing_algorithms.provider import LOG_TAG, WijkaanpakProvider
from .resources_path import i18n_dir, icon_path

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
MENU_NAME = "&Wijkaanpak"


class WijkaanpakPlugin:
    """Registers the Processing provider and a menu that opens its algorithms."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider: WijkaanpakProvider | None = None
        self.actions: list[QAction] = []
        self.translator: QTranslator | None = None
        self._install_translator()

    def _install_translator(self) -> None:
        """Load the Dutch (or other) translation matching QGIS's user locale, if shipped."""
        locale = str(QgsSettings().value("locale/userLocale", "") or "")[:2]
        if not locale or locale == "en":
            return
        qm = i18n_dir() / f"wijkaanpak_{locale}.qm"
        if qm.exists():
            self.translator = QTranslator()
            if self.translator.load(str(qm)):
                QCoreApplication.installTranslator(self.translator)

    def initProcessing(self) -> None:
        """Called by QGIS (also by qgis_process) to register the algorithms."""
        if self.provider is None:
            self.provider = WijkaanpakProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        self.initProcessing()
        self.report_load_failures()
        toolbox_action = QAction(
            QIcon(str(icon_path())),
            QCoreApplication.translate("WijkaanpakPlugin", "Wijkaanpak algorithms…"),
            self.iface.mainWindow(),
        )
        toolbox_action.setObjectName("wijkaanpakOpenToolbox")
        toolbox_action.triggered.connect(self._open_toolbox)
        self.iface.addPluginToMenu(MENU_NAME, toolbox_action)
        self.actions.append(toolbox_action)

    def report_load_failures(self) -> str:
        """Tell the user, in the message bar, which algorithms are missing and why.

        Returns the message ("" when every algorithm loaded). The provider has already logged
        each failure with its traceback; this names them where the user looks.
        """
        failures = self.provider.load_failures if self.provider is not None else []
        if not failures:
            return ""
        listed = "; ".join(
            "{} ({})".format(failure.algorithm_name(), failure.missing) for failure in failures
        )
        text = QCoreApplication.translate(
            "WijkaanpakPlugin",
            "{} algorithm(s) could not be loaded and are missing from the Processing Toolbox: "
            "{}. A package that is not installed must be installed into the Python that QGIS "
            "uses (then restart QGIS); details are in the log panel (Wijkaanpak)."
        ).format(len(failures), listed)  # fmt: skip
        QgsMessageLog.logMessage(text, LOG_TAG, Qgis.Warning)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            bar.pushWarning("Wijkaanpak", text)
        return text

    def _open_toolbox(self) -> None:
        """Show the Processing Toolbox filtered on this plugin's algorithms."""
        try:
            from qgis.utils import plugins

            toolbox = plugins["processing"].toolbox
            toolbox.setVisible(True)
            toolbox.raise_()
            toolbox.searchBox.setText("wijkaanpak")
        except Exception:  # noqa: BLE001 - a convenience only, never fatal
            pass

    def unload(self) -> None:
        for action in self.actions:
            self.iface.removePluginMenu(MENU_NAME, action)
            action.deleteLater()
        self.actions.clear()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
