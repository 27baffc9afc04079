#include "accesspolicymodel.h"

#include <QMap>

#include <algorithm>

namespace ipam {

AccessPolicyModel::AccessPolicyModel(QObject *parent)
    : KeyedRowModel(parent)
{ }

QList<PrincipalPolicy> AccessPolicyModel::group(const QList<AccessPolicy> &policies,
                                                const QHash<ObjectId, UserRole> &roles,
                                                const AccessScopeTree &tree)
{
    // Sorted by lower-cased name, users first; QMap keeps that order.
    QMap<std::tuple<QString, bool, QString>, PrincipalPolicy> byPrincipal;
    for (const AccessPolicy &policy : policies) {
        PrincipalPolicy &entry
                = byPrincipal[{policy.userOrGroup.toLower(), policy.isGroup, policy.userOrGroup}];
        entry.userOrGroup = policy.userOrGroup;
        entry.isGroup = policy.isGroup;
        entry.pairs.append({policy.id, roles.value(policy.roleId).name, tree.path(policy.scopeId),
                            policy.scopeId});
    }
    QList<PrincipalPolicy> list;
    for (PrincipalPolicy &entry : byPrincipal) {
        std::sort(entry.pairs.begin(), entry.pairs.end(),
                  [](const PrincipalPolicy::Pair &a, const PrincipalPolicy::Pair &b) {
                      return std::tie(a.role, a.scopePath) < std::tie(b.role, b.scopePath);
                  });
        list.append(entry);
    }
    return list;
}

int AccessPolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessPolicyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const PrincipalPolicy &p = rowAt(index.row());
    auto pairTexts = [&] {
        QStringList texts;
        for (const PrincipalPolicy::Pair &pair : p.pairs)
            texts.append(tr("%1 in %2").arg(pair.role, pair.scopePath));
        return texts;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrincipalColumn:
            return p.userOrGroup;
        case TypeColumn:
            return p.isGroup ? tr("Group") : tr("User");
        case PairsColumn:
            return pairTexts().join(QStringLiteral("; "));
        }
        break;
    case Qt::ToolTipRole:
        return pairTexts().join(QLatin1Char('\n'));
    case KeyRole:
        return p.key();
    case IsGroupRole:
        return p.isGroup;
    case PairCountRole:
        return int(p.pairs.size());
    }
    return {};
}

QVariant AccessPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrincipalColumn:
        return tr("User or Group");
    case TypeColumn:
        return tr("Type");
    case PairsColumn:
        return tr("Roles and Access Scopes");
    }
    return {};
}

} // namespace ipam
