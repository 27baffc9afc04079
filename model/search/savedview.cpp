#include "savedview.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <iterator>

namespace ipam {

QString SavedView::subnetRecordColumn(int column)
{
    // In the order of SubnetModel::Column (items/subnetmodel.h, which checks the count).
    static const char *const names[] = {"NetworkId",
                                        "Name",
                                        "",
                                        "TotalAddresses",
                                        "UtilizedAddresses",
                                        "PercentageUtilized",
                                        "Utilization",
                                        "VmmLogicalNetwork",
                                        "NetworkSite",
                                        "VMNetwork",
                                        "VlanId",
                                        "Owner",
                                        "Description",
                                        "AddressSpace",
                                        "LastModifiedTime"};
    if (column < 0 || column >= int(std::size(names)))
        return {};
    return QString::fromLatin1(names[column]);
}

QString SavedView::sharingName(Sharing sharing)
{
    switch (sharing) {
    case Sharing::Mine:
        return QStringLiteral("mine");
    case Sharing::Everyone:
        return QStringLiteral("everyone");
    case Sharing::Local:
        return QStringLiteral("local");
    }
    return {};
}

QJsonObject SavedView::definition() const
{
    QJsonArray visible;
    for (int column : columns)
        visible.append(column);
    return QJsonObject{{QStringLiteral("node"), nodePath},
                       {QStringLiteral("view"), view},
                       {QStringLiteral("family"), family},
                       {QStringLiteral("space"), space},
                       {QStringLiteral("logicalNetwork"), logicalNetwork},
                       {QStringLiteral("site"), site},
                       {QStringLiteral("search"), search},
                       {QStringLiteral("sortColumn"), sortColumn},
                       {QStringLiteral("descending"), descending},
                       {QStringLiteral("columns"), visible},
                       {QStringLiteral("groupBy"), groupBy}};
}

std::optional<SavedView> SavedView::fromDefinition(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &what) -> std::optional<SavedView> {
        if (error)
            *error = QCoreApplication::translate("ipam::SavedView",
                                                 "the saved view's %1 is not valid")
                             .arg(what);
        return std::nullopt;
    };
    SavedView v;
    v.nodePath = json.value(QStringLiteral("node")).toString();
    v.view = json.value(QStringLiteral("view")).toString(QStringLiteral("subnets"));
    static const QStringList views = {QStringLiteral("subnets"), QStringLiteral("ranges"),
                                      QStringLiteral("addresses"), QStringLiteral("blocks")};
    if (!views.contains(v.view))
        return fail(QStringLiteral("view \"%1\"").arg(v.view));
    v.family = json.value(QStringLiteral("family")).toInt(4);
    if (v.family != 4 && v.family != 6)
        return fail(QStringLiteral("family %1").arg(v.family));
    v.space = json.value(QStringLiteral("space")).toString();
    v.logicalNetwork = json.value(QStringLiteral("logicalNetwork")).toString();
    v.site = json.value(QStringLiteral("site")).toString();
    v.search = json.value(QStringLiteral("search")).toString();
    v.sortColumn = json.value(QStringLiteral("sortColumn")).toInt(0);
    v.descending = json.value(QStringLiteral("descending")).toBool(false);
    for (const QJsonValue &column : json.value(QStringLiteral("columns")).toArray()) {
        if (!column.isDouble() || column.toInt() < 0 || column.toInt() > 255)
            return fail(QCoreApplication::translate("ipam::SavedView", "column list"));
        v.columns.append(column.toInt());
    }
    v.groupBy = json.value(QStringLiteral("groupBy")).toInt(-1);
    if (v.sortColumn < -1 || v.sortColumn > 255 || v.groupBy < -1 || v.groupBy > 255)
        return fail(QCoreApplication::translate("ipam::SavedView", "sort or group column"));
    return v;
}

} // namespace ipam
