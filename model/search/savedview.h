#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ipam {

// A saved view: what the result pane shows, under a name (IPAM's saved filters). The filter is
// kept by names (tree node path, address space, logical network, site), not ids, so a view
// reads the same in every console and in `ipamctl subnet list --view NAME`, and survives
// objects being recreated under the same name.
struct SavedView
{
    enum class Sharing : quint8 {
        Mine,     // in the store, for its owner only
        Everyone, // in the store, for every principal
        Local,    // on this computer only (QSettings), never in the store
    };

    qint64 id = 0; // store row (0 for a local view)
    QString name;
    Sharing sharing = Sharing::Mine;
    QString owner; // the principal a Mine view belongs to

    // The filter.
    QString nodePath; // console tree node ("VIRTUALIZED IP ADDRESS SPACE/.../Site A")
    QString view = QStringLiteral("subnets"); // "subnets" | "ranges" | "addresses" | "blocks"
    int family = 4;                           // 4 | 6
    QString space;                            // address space of the choosers (names), empty: any
    QString logicalNetwork;                   // empty: any; "(unassigned)": none
    QString site;
    QString search; // the search box's text
    // Order, columns, grouping (the console's).
    int sortColumn = 0;
    bool descending = false;
    QList<int> columns; // visible columns, in visual order; empty: the defaults
    int groupBy = -1;

    static inline const QString unassigned = QStringLiteral("(unassigned)");

    QJsonObject definition() const;
    // Reads a definition written by definition(); refuses what it cannot use, naming it.
    static std::optional<SavedView> fromDefinition(const QJsonObject &json, QString *error);
    static QString sharingName(Sharing sharing); // "mine" | "everyone" | "local"
    // The record column (ipamctl's, io/objectpresenter.h) that shows a column of the console's
    // subnets view (SubnetModel::Column, by number), empty for one without (Prefix Length is
    // part of NetworkId; custom field columns are numbered per console).
    static QString subnetRecordColumn(int column);
};

} // namespace ipam
