#pragma once

#include "items/addressmap.h"

#include <QHash>
#include <QWidget>

namespace ipam {

// Draws an AddressMap: a square-ish grid of the cells of a block or a large subnet. A cell
// covered by a child prefix (a block's subnets, a subnet's ranges) takes the colour of its
// logical network, darker the more of it is used; free space stays pale. Hovering a cell
// names its prefix and what covers it; clicking one reports the object (cellActivated).
class AddressMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AddressMapWidget(QWidget *parent = nullptr);

    void setMap(const AddressMap &map, const QHash<ObjectId, QString> &names = {});
    void clear();
    const AddressMap &map() const { return m_map; }
    bool isEmpty() const { return m_map.cells().empty(); }

    static QColor colorOf(ObjectId key);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(ipam::ObjectId id);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int columns() const;
    QRect cellRect(int cell) const;
    int cellAt(const QPoint &point) const;

    AddressMap m_map;
    QHash<ObjectId, QString> m_names;
};

} // namespace ipam
