#pragma once

#include <Qt>

namespace ipam {

// The roles the console's item models answer beyond Qt's, so that views read typed values
// (an id, a percentage) instead of parsing display text.
namespace ItemRole {
enum : int {
    ObjectId = Qt::UserRole + 1, // qint64: the object of the row or tree node; 0 for none
    ObjectKind,                  // int(ipam::ObjectKind) of the row or node's object
    UtilizationPercent,          // double 0..100, for cells and nodes that show utilization
    UtilizationStatus,           // int(ipam::UtilizationStatus)
    UtilizationBar,              // bool: this cell draws a utilization bar
    SubnetCount,                 // qint64: subnets under a tree node
    NodeKind,                    // int(ConsoleNodeKind) of a console tree node
    ColorKey,                    // qint64: the logical network a row or cell is coloured by
};
} // namespace ItemRole

} // namespace ipam
