#pragma once

#include "address/addresscount.h"
#include "domain/utilization.h"

#include <QList>
#include <QRect>
#include <QWidget>

#include <optional>

namespace ipam {

// The details pane's utilization: total / assigned / used / free, each as its exact count
// (grouped: an IPv6 total has up to 39 digits) and a bar with its percentage.
//
// The lines fit the width they get. Wide enough, each line is one row: label, count, bar. In a
// narrow pane (260 px by default) an IPv6 count does not fit beside its label and a bar: then
// each line takes two rows, the label and the bar above, the count below across the whole
// width. Laid out in one row regardless, a long total pushed the other counts and the bars past
// the right edge: the total cut off, "Used" blank, "100.0 %" clipped to ".00.0 %".
class UtilizationBreakdown : public QWidget
{
    Q_OBJECT
public:
    explicit UtilizationBreakdown(QWidget *parent = nullptr);

    // `assigned` empty: not known (a tree node's totals), the line is left out.
    void set(const AddressCount &total, std::optional<AddressCount> assigned,
             const AddressCount &used, const UtilizationThresholds &thresholds,
             const QString &assignedLabel = tr("Assigned (ranges)"));
    void clear();

    struct Line
    {
        QString label;
        QString count; // grouped
        double percent;
        int status; // -1: no threshold colour
        QRect labelRect, countRect, barRect;
    };
    // The lines as they are drawn at `width`.
    QList<Line> lines(int width) const;
    static QString countText(const AddressCount &count);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int labelWidth() const;
    int countWidth() const;
    int minimumBarWidth() const;
    int rowHeight() const;
    bool stacked(int width) const;

    AddressCount m_total, m_used;
    std::optional<AddressCount> m_assigned;
    QString m_assignedLabel;
    UtilizationThresholds m_thresholds;
    bool m_valid = false;
};

} // namespace ipam
