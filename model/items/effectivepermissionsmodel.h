#pragma once

#include "domain/accessgrants.h"

#include <QAbstractTableModel>

namespace ipam {

// "Effective permissions": for one principal and one access scope (an object's, or one the admin
// picks), every operation of the catalogue, whether the principal may perform it there, and why:
// the policies (user or group, role, scope) that grant it, from AccessGrants::reasons. The rows
// are the catalogue and never change; a new principal or scope is a dataChanged over them all.
class EffectivePermissionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OperationColumn, GroupColumn, AllowedColumn, GrantedByColumn, ColumnCount };
    enum Role {
        OperationRole = Qt::UserRole + 100, // int(Operation)
        AllowedRole,                        // bool
        ReasonCountRole,                    // int: how many policies grant it
    };

    explicit EffectivePermissionsModel(QObject *parent = nullptr);

    void setGrants(const AccessGrants &grants, ObjectId scopeId);
    const AccessGrants &grants() const { return m_grants; }
    ObjectId scopeId() const { return m_scopeId; }
    int allowedCount() const { return m_allowed.size(); }
    const QList<AccessGrants::Grant> &reasons(Operation operation) const
    {
        return m_reasons.at(int(operation));
    }
    // "user kim: ASM in Global/East" for one grant.
    static QString describe(const AccessGrants::Grant &grant);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    AccessGrants m_grants;
    ObjectId m_scopeId = 0;
    OperationSet m_allowed;
    QList<QList<AccessGrants::Grant>> m_reasons; // by int(Operation)
};

} // namespace ipam
