#include "consolefixture.h"

#include "actionspane.h"
#include "addressdialog.h"
#include "addressspacedialog.h"
#include "blockdialog.h"
#include "detailspane.h"
#include "logicalnetworkdialog.h"
#include "mainwindow.h"
#include "networksitedialog.h"
#include "rangedialog.h"
#include "resultpane.h"
#include "subnetdialog.h"
#include "syncpasswordstore.h"
#include "syncsettingsdialog.h"
#include "utilizationbardelegate.h"
#include "vmnetworkdialog.h"

#include "domain/enums.h"

#include <QAccessible>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace ipam;
using namespace ipam::test;

// A screen reader user can work the console: every widget that takes the keyboard focus in the
// main window and in the dialogs has an accessible name (from its label or set explicitly),
// the panes say what they are, and the utilization bars stay legible on dark and high-contrast
// palettes.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_fixture.reset(); }
    void mainWindowFocusableWidgetsHaveNames();
    void panesHaveNamesAndDescriptions();
    void dialogFieldsHaveNames();
    void utilizationColoursLegible_data();
    void utilizationColoursLegible();

private:
    static QString accessibleName(QWidget *widget)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        return iface ? iface->text(QAccessible::Name).trimmed() : QString();
    }
    // "QLineEdit#name" for each focusable, visible widget under `top` without a name.
    static QStringList unnamedFocusable(QWidget *top)
    {
        QStringList unnamed;
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(top))
                continue;
            // The viewport and internal line edit of a view or combo box are reached through it.
            if (widget->focusProxy())
                continue;
            if (accessibleName(widget).isEmpty())
                unnamed.append(
                        QString::fromLatin1(widget->metaObject()->className()) + u'#'
                        + widget->objectName() + QStringLiteral(" in ")
                        + QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
        }
        return unnamed;
    }
    static void checkDialog(QDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedFocusable(&dialog);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(dialog.windowTitle() + QStringLiteral(": ")
                            + unnamed.join(QStringLiteral(", "))));
    }

    std::unique_ptr<ConsoleFixture> m_fixture;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestAccessibility::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->isValid());
}

void TestAccessibility::mainWindowFocusableWidgetsHaveNames()
{
    MainWindow window(m_fixture->models());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Each kind of result pane: subnets (with its filters), then addresses.
    QVERIFY(window.selectPath(QStringLiteral("VIRTUALIZED IP ADDRESS SPACE")));
    QStringList unnamed = unnamedFocusable(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::panesHaveNamesAndDescriptions()
{
    MainWindow window(m_fixture->models());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> panes = {window.consoleTree(), window.resultPane()->currentItemView(),
                                    window.detailsPane(), window.actionsPane()};
    for (QWidget *pane : panes) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(pane);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), pane->metaObject()->className());
        QVERIFY2(!iface->text(QAccessible::Description).isEmpty(), pane->metaObject()->className());
    }
    // The utilization chart of the details pane tells its figures, not just a picture.
    QVERIFY(window.selectPath(QStringLiteral("IP ADDRESS SPACE")));
    QWidget *chart = window.detailsPane()->findChild<QWidget *>(QStringLiteral("utilization"));
    QVERIFY(chart);
    QVERIFY(!accessibleName(chart).isEmpty());
}

void TestAccessibility::dialogFieldsHaveNames()
{
    ConsoleFixture &f = *m_fixture;
    Subnet subnet;
    subnet.spaceId = f.defaultSpace;
    SubnetDialog subnetDialog(f.models(), subnet);
    checkDialog(subnetDialog);
    Address address;
    address.spaceId = f.tenant;
    AddressDialog addressDialog(f.models(), address, QStringLiteral("10.1.1.0/24"));
    checkDialog(addressDialog);
    Range range;
    range.spaceId = f.tenant;
    RangeDialog rangeDialog(f.models(), range);
    checkDialog(rangeDialog);
    Block block;
    block.spaceId = f.defaultSpace;
    BlockDialog blockDialog(f.models(), block);
    checkDialog(blockDialog);
    AddressSpaceDialog spaceDialog(f.models(), AddressSpace{});
    checkDialog(spaceDialog);
    LogicalNetwork network;
    network.spaceId = f.fabric;
    LogicalNetworkDialog networkDialog(f.models(), network);
    checkDialog(networkDialog);
    NetworkSite site;
    site.logicalNetworkId = f.storage;
    NetworkSiteDialog siteDialog(f.models(), site);
    checkDialog(siteDialog);
    VmNetwork vmNetwork;
    vmNetwork.spaceId = f.tenant;
    VmNetworkDialog vmNetworkDialog(f.models(), vmNetwork);
    checkDialog(vmNetworkDialog);
    SyncPasswordStore passwords(SyncPasswordStore::Backend::MemoryOnly);
    SyncSettingsDialog syncDialog(SyncSettings{}, {QStringLiteral("Fabric")}, passwords);
    checkDialog(syncDialog);
}

void TestAccessibility::utilizationColoursLegible_data()
{
    QTest::addColumn<QPalette>("palette");
    QPalette light(QColor(0xef, 0xef, 0xef)); // Fusion's light default
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark(QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    QPalette highContrastDark(Qt::black);
    highContrastDark.setColor(QPalette::Base, Qt::black);
    highContrastDark.setColor(QPalette::Text, Qt::white);
    QPalette highContrastLight(Qt::white);
    highContrastLight.setColor(QPalette::Base, Qt::white);
    highContrastLight.setColor(QPalette::Text, Qt::black);
    QTest::newRow("light") << light;
    QTest::newRow("dark") << dark;
    QTest::newRow("high contrast, dark") << highContrastDark;
    QTest::newRow("high contrast, light") << highContrastLight;
}

void TestAccessibility::utilizationColoursLegible()
{
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    for (const UtilizationStatus status :
         {UtilizationStatus::Under, UtilizationStatus::Optimal, UtilizationStatus::Over}) {
        const QColor fill = UtilizationBarDelegate::colorOf(int(status), palette);
        const QColor text = UtilizationBarDelegate::textColorOn(fill);
        QVERIFY2(UtilizationBarDelegate::contrastRatio(fill, base) >= 3.0,
                 qPrintable(fill.name() + QStringLiteral(" on ") + base.name()));
        QVERIFY2(UtilizationBarDelegate::contrastRatio(text, fill) >= 4.5,
                 qPrintable(text.name() + QStringLiteral(" on ") + fill.name()));

        // What is drawn: a full bar in that colour, its figure in that text colour.
        QImage image(120, 24, QImage::Format_RGB32);
        image.fill(base);
        {
            QPainter painter(&image);
            QFont font = painter.font();
            font.setPixelSize(16);
            font.setBold(true);
            painter.setFont(font);
            UtilizationBarDelegate::drawBar(&painter, image.rect(), 100.0, int(status),
                                            QStringLiteral("88.8 %"), palette, false);
        }
        int fillPixels = 0;
        int textPixels = 0;
        for (int y = 2; y < image.height() - 2; ++y) {
            for (int x = 2; x < image.width() - 2; ++x) {
                const QRgb pixel = image.pixel(x, y);
                fillPixels += pixel == fill.rgb();
                textPixels += pixel == text.rgb();
            }
        }
        QVERIFY2(fillPixels > 1000, qPrintable(fill.name()));
        QVERIFY2(textPixels > 20,
                 qPrintable(QStringLiteral("no text in ") + text.name() + QStringLiteral(" on ")
                            + fill.name()));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
