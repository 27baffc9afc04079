#pragma once

#include <QTableView>

namespace ipam {

// A result pane's table. Dragging subnets from it onto the console tree assigns them; Qt's own
// drag image is the picture of the dragged rows with the cursor where it grabbed them, so it
// covers the tree node under the cursor, the very node the admin aims at. This view drags a
// small label ("3 subnets: 10.1.1.0/24, ...") that hangs below and to the right of the cursor.
class ResultTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

    // The label for rows whose first-column texts are `names`, in `view`'s font and palette.
    static QPixmap dragPixmap(const QWidget &view, const QStringList &names);
    // Where the cursor is, relative to the label's top-left corner: outside the label.
    static QPoint dragHotSpot();

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

} // namespace ipam
