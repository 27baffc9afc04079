#include "resulttableview.h"

#include <QDrag>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QPainter>

#include <algorithm>

namespace ipam {

QPoint ResultTableView::dragHotSpot()
{
    return QPoint(-14, -10);
}

QPixmap ResultTableView::dragPixmap(const QWidget &view, const QStringList &names)
{
    const QFontMetrics metrics(view.font());
    QString text = names.size() == 1 ? names.constFirst()
                                     : QObject::tr("%1 objects: %2")
                                               .arg(names.size())
                                               .arg(names.mid(0, 3).join(QStringLiteral(", ")));
    if (names.size() > 3)
        text += QStringLiteral(", …");
    text = metrics.elidedText(text, Qt::ElideRight, 360);
    const QSize size(metrics.horizontalAdvance(text) + 16, metrics.height() + 8);
    const qreal ratio = view.devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = view.palette();
    painter.setPen(palette.color(QPalette::Highlight));
    QColor fill = palette.color(QPalette::Base);
    fill.setAlpha(230);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 4, 4);
    painter.setPen(palette.color(QPalette::Text));
    painter.setFont(view.font());
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    return pixmap;
}

void ResultTableView::startDrag(Qt::DropActions supportedActions)
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const QModelIndex &index) {
                                  return !(index.flags() & Qt::ItemIsDragEnabled);
                              }),
               rows.end());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QMimeData *data = model()->mimeData(rows);
    if (!data)
        return;
    QStringList names;
    for (const QModelIndex &index : std::as_const(rows))
        names.append(index.data().toString());
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(dragPixmap(*this, names));
    drag->setHotSpot(dragHotSpot());
    drag->exec(supportedActions, defaultDropAction());
}

} // namespace ipam
