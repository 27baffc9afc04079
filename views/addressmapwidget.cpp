#include "addressmapwidget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace ipam {

AddressMapWidget::AddressMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AddressMapWidget::setMap(const AddressMap &map, const QHash<ObjectId, QString> &names)
{
    m_map = map;
    m_names = names;
    updateGeometry();
    update();
}

void AddressMapWidget::clear()
{
    setMap(AddressMap());
}

QColor AddressMapWidget::colorOf(ObjectId key)
{
    if (key == 0)
        return QColor(0x7f, 0x8c, 0x9a);
    return QColor::fromHsv(int((quint64(key) * 47) % 360), 150, 200);
}

int AddressMapWidget::columns() const
{
    const auto cells = int(m_map.cells().size());
    if (cells <= 1)
        return 1;
    const int bits = int(std::log2(double(cells)) + 0.5);
    return 1 << ((bits + 1) / 2);
}

QRect AddressMapWidget::cellRect(int cell) const
{
    const int cols = columns();
    const int rows = qMax(1, int((m_map.cells().size() + size_t(cols) - 1) / size_t(cols)));
    const int size = qMax(4, qMin((width() - 2) / cols, (height() - 2) / rows));
    return QRect(1 + (cell % cols) * size, 1 + (cell / cols) * size, size - 1, size - 1);
}

int AddressMapWidget::cellAt(const QPoint &point) const
{
    for (int cell = 0; cell < int(m_map.cells().size()); ++cell) {
        if (cellRect(cell).contains(point))
            return cell;
    }
    return -1;
}

QSize AddressMapWidget::sizeHint() const
{
    return {260, 260};
}

QSize AddressMapWidget::minimumSizeHint() const
{
    return {96, 96};
}

void AddressMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor free = palette().color(QPalette::Base).darker(108);
    for (int cell = 0; cell < int(m_map.cells().size()); ++cell) {
        const AddressMap::Cell &c = m_map.cells()[size_t(cell)];
        const QRect rect = cellRect(cell);
        painter.fillRect(rect, free);
        if (c.covered <= 0)
            continue;
        // Assigned: the logical network's colour, stronger the more of the cell is assigned
        // (square root, so a few /24s in a /16 cell still show); used: a darker band from the
        // bottom, as high as the used share of what is assigned.
        QColor color = colorOf(c.colorKey);
        color.setAlphaF(float(0.3 + 0.7 * std::sqrt(c.covered)));
        painter.fillRect(rect, color);
        if (c.used > 0) {
            const double usedShare = std::min(1.0, c.used / c.covered);
            const int height = qMax(1, int(rect.height() * usedShare + 0.5));
            painter.fillRect(QRect(rect.left(), rect.bottom() - height + 1, rect.width(), height),
                             colorOf(c.colorKey).darker(170));
        }
    }
}

bool AddressMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cell = cellAt(help->pos());
        if (cell < 0) {
            QToolTip::hideText();
            return true;
        }
        const AddressMap::Cell &c = m_map.cells()[size_t(cell)];
        QString text = c.prefix.toString();
        if (c.covered > 0) {
            text += tr("\n%1 % assigned, %2 % used")
                            .arg(c.covered * 100, 0, 'f', 1)
                            .arg(c.used * 100, 0, 'f', 1);
            if (m_names.contains(c.id))
                text += QLatin1Char('\n') + m_names.value(c.id);
        } else {
            text += tr("\nfree");
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void AddressMapWidget::mousePressEvent(QMouseEvent *event)
{
    const int cell = cellAt(event->position().toPoint());
    if (cell >= 0 && m_map.cells()[size_t(cell)].id != 0)
        Q_EMIT cellActivated(m_map.cells()[size_t(cell)].id);
}

} // namespace ipam
