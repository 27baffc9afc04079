#pragma once

#include "domain/accessscope.h"
#include "domain/userrole.h"
#include "items/keyedrowmodel.h"

namespace ipam {

// One user's or group's access policy as the Access Policies view lists it: the principal and
// its (role, access scope) pairs. The store keeps one row per pair; IPAM's console, like this
// view, shows one entry per user or group.
struct PrincipalPolicy
{
    struct Pair
    {
        ObjectId policyId = 0;
        QString role;
        QString scopePath;
        ObjectId scopeId = 0;
        friend bool operator==(const Pair &, const Pair &) = default;
    };
    QString userOrGroup;
    bool isGroup = false;
    QList<Pair> pairs; // by role, then scope path

    // Users and groups are different principals even with the same name.
    QString key() const
    {
        return (isGroup ? QLatin1String("g:") : QLatin1String("u:")) + userOrGroup;
    }
    friend bool operator==(const PrincipalPolicy &, const PrincipalPolicy &) = default;
};

// The Access Policies view: one row per user or group (by name, users before groups of the same
// name), with its pairs joined in the last column and listed one per line in the tooltip.
class AccessPolicyModel : public KeyedRowModel<PrincipalPolicy, QString>
{
    Q_OBJECT
public:
    enum Column { PrincipalColumn, TypeColumn, PairsColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 100, // PrincipalPolicy::key()
        IsGroupRole,                  // bool
        PairCountRole,                // int
    };

    explicit AccessPolicyModel(QObject *parent = nullptr);

    // Groups the store's rows by principal.
    static QList<PrincipalPolicy> group(const QList<AccessPolicy> &policies,
                                        const QHash<ObjectId, UserRole> &roles,
                                        const AccessScopeTree &tree);
    void setPolicies(const QList<AccessPolicy> &policies, const QHash<ObjectId, UserRole> &roles,
                     const AccessScopeTree &tree)
    {
        setRows(group(policies, roles, tree));
    }
    const PrincipalPolicy &policy(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const PrincipalPolicy &row) const override { return row.key(); }
    bool sameValues(const PrincipalPolicy &a, const PrincipalPolicy &b) const override
    {
        return a == b;
    }
};

} // namespace ipam
